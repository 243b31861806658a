import { formMessage } from "@/lib/forms/form-message";
import { RowBuilder, textOf, type ImportRow } from "./import-row";
import { splitDescription } from "./read-hsds";
import { clockWord, countryWord } from "./words";

// Meeting Guide feeds (the JSON array of meetings recovery groups publish, and TSML UI
// reads). One meeting in the feed is one listing, its `slug` the id; `day` may list
// several days, each a weekly meeting. The feed knows nothing of start dates, venue kinds
// or costs: meetings start from `updated` (or the day of the import), the venue is "Other
// venue", and meetings are free, as the feed's meetings are (README: "Meeting Guide feeds").

type Json = Record<string, unknown>;

const str = (value: unknown): string => textOf(value);

const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** Meeting Guide type codes that say something the listing form asks. */
const TYPE_AUDIENCES: Record<string, string> = { W: "MOTHERS_BIRTHING_PARENTS", M: "PARTNERS_DADS", LGBTQ: "LGBTQ_PARENTS", Y: "YOUNG_PARENTS" };
const TYPE_LANGUAGES: Record<string, string> = { EN: "en", S: "es", FR: "fr", DE: "de", ITA: "it", POR: "pt", AR: "ar", HI: "hi", PUN: "pa", POL: "pl", KOR: "ko", TL: "tl" };

/** "4953 W Addison St, Chicago, IL 60641, USA" as its parts, for feeds that give only that. */
export function splitFormattedAddress(text: string): { street: string; city: string; region: string; postalCode: string; country: string } | null {
  const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return null;
  const country = parts.pop()!;
  const regionAndCode = parts.pop()!;
  const city = parts.pop() ?? "";
  const match = /^(.*?)\s*([A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,5}(?:-\d{4})?)?$/i.exec(regionAndCode);
  return { street: parts.join(", "), city, region: match?.[1]?.trim() ?? regionAndCode, postalCode: match?.[2]?.trim() ?? "", country };
}

function minutesBetween(start: string, end: string): number | null {
  const parse = (t: string) => (/^\d{2}:\d{2}$/.test(t) ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : null);
  const a = parse(start);
  const b = parse(end);
  if (a === null || b === null) return null;
  return b > a ? b - a : b + 24 * 60 - a;
}

function readMeeting(meeting: Json, position: number, today: string): ImportRow {
  const row = new RowBuilder();
  row.source("meetings", "day");
  row.set("name", str(meeting.name), "name");
  const notes = str(meeting.notes);
  if (notes) {
    const { summary, description } = splitDescription(notes);
    row.set("summary", summary, "notes");
    row.set("description", description, "notes");
  } else row.source("summary", "notes");
  row.source("description", "notes");

  const types = (Array.isArray(meeting.types) ? meeting.types : []).map((t) => str(t).toUpperCase());
  const audiences = [...new Set(types.map((t) => TYPE_AUDIENCES[t]).filter(Boolean))];
  row.set("audiences", audiences.length > 0 ? audiences : ["ALL_NEW_PARENTS"], "types");
  const languages = [...new Set(types.map((t) => TYPE_LANGUAGES[t]).filter(Boolean))];
  // Most feeds mark only the languages other than English.
  row.set("languages", languages.length > 0 ? languages : ["en"], "types");
  row.set("wheelchairAccessible", types.includes("X") ? "on" : undefined, "types");
  row.set("childcareProvided", types.includes("BA") ? "on" : undefined, "types");
  row.set("babiesWelcome", types.includes("CF") || types.includes("BA") ? "on" : undefined, "types");
  row.set("isFree", "true", "types");
  row.set("registrationRequired", "false", "types");

  const formatted = splitFormattedAddress(str(meeting.formatted_address));
  const street = str(meeting.address) || formatted?.street || "";
  const city = str(meeting.city) || formatted?.city || "";
  const fromFormatted = !meeting.address && formatted ? "formatted_address" : null;
  const conference = str(meeting.conference_url);
  // An online meeting's address is only roughly where it comes from (approximate: yes).
  const inPerson = Boolean(street) && str(meeting.approximate).toLowerCase() !== "yes" && !types.includes("TC");
  row.set("format", inPerson && conference ? "HYBRID" : inPerson ? "IN_PERSON" : conference ? "ONLINE" : "IN_PERSON", conference ? "conference_url" : "address");
  if (inPerson || !conference) {
    row.set("venueType", "OTHER", "location");
    row.set("location.venueName", str(meeting.location) || street, meeting.location ? "location" : (fromFormatted ?? "address"));
    row.set("location.addressLine1", street, fromFormatted ?? "address");
    row.set("location.locality", city, fromFormatted ?? "city");
    row.set("location.region", str(meeting.state) || formatted?.region, fromFormatted ?? "state");
    row.set("location.postalCode", str(meeting.postal_code) || formatted?.postalCode, fromFormatted ?? "postal_code");
    const country = str(meeting.country) || formatted?.country || "";
    row.set("location.countryCode", country ? countryWord(country) : undefined, fromFormatted ?? "country", country);
    row.set("parkingAndTransit", str(meeting.location_notes), "location_notes");
  }
  row.set("onlineJoinUrl", conference, "conference_url");
  row.set("showJoinLink", conference ? "on" : undefined, "conference_url");
  row.set("joinInstructions", [str(meeting.conference_url_notes), str(meeting.conference_phone) && `Or dial in: ${str(meeting.conference_phone)} ${str(meeting.conference_phone_notes)}`.trim()].filter(Boolean).join(" "), "conference_url_notes");
  row.set("timeZone", str(meeting.timezone), "timezone");
  row.set("websiteUrl", str(meeting.url), "url");
  row.set("phone", str(meeting.contact_1_phone) || str(meeting.entity_phone), meeting.contact_1_phone ? "contact_1_phone" : "entity_phone");
  const feedback = Array.isArray(meeting.feedback_emails) ? str(meeting.feedback_emails[0]) : "";
  const email = str(meeting.contact_1_email) || str(meeting.entity_email) || feedback;
  row.set("contactEmail", email, meeting.contact_1_email ? "contact_1_email" : meeting.entity_email ? "entity_email" : "feedback_emails");

  const days = Array.isArray(meeting.day) ? meeting.day : meeting.day === undefined || meeting.day === "" ? [] : [meeting.day];
  const start = clockWord(str(meeting.time));
  const end = clockWord(str(meeting.end_time));
  // "It will default to one hour after the start time if omitted."
  const minutes = end ? minutesBetween(start, end) : 60;
  const updated = /^\d{4}-\d{2}-\d{2}/.exec(str(meeting.updated))?.[0];
  for (const [n, day] of days.entries()) {
    const weekday = DAYS[Number(day)];
    row.source(`meetings[${n}]`, "day");
    if (!weekday || !Number.isInteger(Number(day))) row.problem("day", meeting.day, formMessage("Import.meetingGuideDay"));
    row.set(`meetings[${n}].frequency`, "WEEKLY", "day", meeting.day);
    row.set(`meetings[${n}].weekday`, weekday, "day", meeting.day);
    row.set(`meetings[${n}].startTime`, start, "time", meeting.time);
    row.set(`meetings[${n}].durationMinutes`, minutes === null ? undefined : String(minutes), "end_time", meeting.end_time);
    row.set(`meetings[${n}].startDate`, updated ?? today, "updated", meeting.updated);
  }
  return row.build(position, str(meeting.slug), "slug", { contactOptional: true });
}

/** The meetings of a Meeting Guide feed, or null when the text is not a JSON array of them. */
export function meetingGuideMeetings(text: string): Json[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map((m) => (typeof m === "object" && m !== null ? (m as Json) : {})) : null;
  } catch {
    return null;
  }
}

export function readMeetingGuide(meetings: Json[], today: string): ImportRow[] {
  return meetings.map((meeting, i) => readMeeting(meeting, i + 1, today));
}
