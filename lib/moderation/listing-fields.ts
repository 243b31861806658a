import type { Audience, GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { AUDIENCES, FORMATS, VENUE_TYPES, labelFor } from "@/lib/groups/vocabulary";
import { describeRule, formatTimeRange, parseClock, type Frequency, type Weekday } from "@/lib/schedule";

// Listing form values in words for moderators: one row per field, with the label a person
// reads and the value as text. The diff and the review page both use these rows.

export type FieldRow = { field: string; label: string; value: string };

/** Labels in the order the review shows them; anything else is labelled from its name. */
const LABELS: [field: string, label: string][] = [
  ["name", "Name"],
  ["summary", "Summary"],
  ["description", "Description"],
  ["format", "Format"],
  ["venueType", "Type of venue"],
  ["audiences", "Who it's for"],
  ["languages", "Languages"],
  ["isFree", "Free"],
  ["costNote", "Cost"],
  ["registrationRequired", "Registration needed"],
  ["babiesWelcome", "Babies welcome"],
  ["childcareProvided", "Childcare provided"],
  ["wheelchairAccessible", "Wheelchair accessible"],
  ["accessibilityNotes", "Access notes"],
  ["websiteUrl", "Website"],
  ["registrationUrl", "Registration link"],
  ["phone", "Phone"],
  ["contactEmail", "Contact email (private)"],
  ["onlineJoinUrl", "Online join link"],
  ["showJoinLink", "Join link shown publicly"],
  ["joinInstructions", "How to join"],
  ["timeZone", "Time zone"],
  ["location.venueName", "Venue"],
  ["location.addressLine1", "Address"],
  ["location.addressLine2", "Address line 2"],
  ["location.locality", "Town or city"],
  ["location.region", "Region or state"],
  ["location.postalCode", "Postcode"],
  ["location.countryCode", "Country"],
  ["location.lat", "Latitude"],
  ["location.lng", "Longitude"],
  ["location", "Venue"],
  ["meetings", "Meetings"],
];
const ORDER = new Map(LABELS.map(([field], i) => [field, i]));
const LABEL = new Map(LABELS);

/** "addressLine2" -> "Address line 2", for fields added to the form after this list. */
function humanize(path: string): string {
  const words = path
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z0-9])/g, "$1 $2").toLowerCase())
    .join(": ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const fieldLabel = (field: string) => LABEL.get(field) ?? LABEL.get(field.replace(/\.\d+$/, "")) ?? humanize(field);

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const EMPTY = "—";

function scalarText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (field === "format") return labelFor(FORMATS, value as GroupFormat);
  if (field === "venueType") return labelFor(VENUE_TYPES, value as VenueType);
  if (field === "audiences" && Array.isArray(value)) return value.map((a) => labelFor(AUDIENCES, a as Audience)).join(", ") || EMPTY;
  if (field === "languages" && Array.isArray(value)) {
    return value.map((l) => (typeof l === "string" ? languageName(l) : typeof l === "object" && l && "name" in l ? String(l.name) : String(l))).join(", ") || EMPTY;
  }
  if (field === "location.countryCode" && typeof value === "string") return `${countryName(value)} (${value.toUpperCase()})`;
  if (field === "timeZone" && typeof value === "string") return value.replace(/_/g, " ");
  if (Array.isArray(value)) return value.map((v) => scalarText("", v)).join(", ") || EMPTY;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

type MeetingLike = {
  label?: string | null;
  frequency?: Frequency;
  weekday?: Weekday;
  nthWeek?: number | string | null;
  startMinutes?: number;
  startTime?: string;
  durationMinutes?: number | string;
  timeZone?: string;
  startDate?: string | Date | null;
  endDate?: string | Date | null;
  cancellations?: { date: string | Date; reason?: string | null }[] | string | null;
};

const isoDay = (d: string | Date | null | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : d || null);

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-01-06" -> "6 Jan 2026" (a calendar date, so no time zone can shift it). */
function readableDay(d: string | Date | null | undefined): string | null {
  const iso = isoDay(d);
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

function startMinutesOf(m: MeetingLike): number | null {
  if (typeof m.startMinutes === "number") return m.startMinutes;
  return parseClock(m.startTime ?? "");
}

/** "Every Tuesday, 10:00 am – 11:30 am · from 6 Jan 2026 · “Coffee morning” · cancelled on 22 Dec 2026 (Holidays)" */
export function describeMeeting(meeting: unknown): string {
  const m = (meeting ?? {}) as MeetingLike;
  const parts: string[] = [];
  try {
    const nth = m.nthWeek === null || m.nthWeek === undefined || m.nthWeek === "" ? null : Number(m.nthWeek);
    parts.push(m.frequency && m.weekday ? describeRule({ frequency: m.frequency, weekday: m.weekday, nthWeek: nth }) : "Pattern not set");
  } catch {
    parts.push(`${m.frequency ?? "?"} ${m.weekday ?? "?"}`);
  }
  const start = startMinutesOf(m);
  const duration = Number(m.durationMinutes);
  if (start !== null && Number.isFinite(duration)) parts[0] += `, ${formatTimeRange({ startMinutes: start, durationMinutes: duration })}`;
  if (m.timeZone) parts[0] += ` (${m.timeZone.replace(/_/g, " ")})`;
  const from = readableDay(m.startDate);
  const until = readableDay(m.endDate);
  if (from) parts.push(`from ${from}`);
  if (until) parts.push(`until ${until}`);
  if (m.label) parts.push(`“${m.label}”`);
  if (Array.isArray(m.cancellations) && m.cancellations.length > 0) {
    const dates = m.cancellations.map((c) => `${readableDay(c.date)}${c.reason ? ` (${c.reason})` : ""}`);
    parts.push(`cancelled on ${dates.join(", ")}`);
  }
  return parts.join(" · ");
}

/** Listing values as rows: nested objects flattened ("location.locality"), meetings one row each. */
export function listingRows(values: unknown): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (prefix: string, value: unknown) => {
    if (prefix === "meetings" && Array.isArray(value)) {
      if (value.length === 0) rows.push({ field: "meetings", label: "Meetings", value: "None" });
      value.forEach((meeting, i) => rows.push({ field: `meetings.${i}`, label: value.length > 1 ? `Meeting ${i + 1}` : "Meeting", value: describeMeeting(meeting) }));
      return;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      const entries = Object.entries(value as Record<string, unknown>);
      for (const [key, child] of entries) visit(prefix ? `${prefix}.${key}` : key, child);
      return;
    }
    if (prefix === "location" && value === null) {
      rows.push({ field: "location", label: "Venue", value: "No venue (online only)" });
      return;
    }
    rows.push({ field: prefix, label: fieldLabel(prefix), value: scalarText(prefix, value) });
  };
  visit("", values);
  const rank = (field: string) => ORDER.get(field) ?? ORDER.get(field.replace(/\.\d+$/, "")) ?? LABELS.length;
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row.field) - rank(b.row.field) || a.i - b.i).map(({ row }) => row);
}

const SECTIONS: { title: string; fields: string[] }[] = [
  { title: "About the group", fields: ["name", "summary", "description", "audiences", "languages", "isFree", "costNote", "registrationRequired", "babiesWelcome", "childcareProvided", "wheelchairAccessible", "accessibilityNotes"] },
  { title: "Where", fields: ["format", "venueType", "location", "onlineJoinUrl", "showJoinLink", "joinInstructions"] },
  { title: "When", fields: ["timeZone", "meetings"] },
  { title: "Contact and links", fields: ["websiteUrl", "registrationUrl", "phone", "contactEmail"] },
];

/** Rows under the headings a reviewer expects; fields no section names go under "Other". */
export function sectionRows(rows: FieldRow[]): { title: string; rows: FieldRow[] }[] {
  const sectionOf = (field: string) => SECTIONS.find((s) => s.fields.some((f) => field === f || field.startsWith(`${f}.`)))?.title ?? "Other";
  const titles = [...SECTIONS.map((s) => s.title), "Other"];
  return titles.map((title) => ({ title, rows: rows.filter((row) => sectionOf(row.field) === title) })).filter((s) => s.rows.length > 0);
}
