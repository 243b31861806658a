import { formMessage } from "@/lib/forms/form-message";
import { AUDIENCES, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { LIMITS } from "@/lib/listings/listing-limits";
import { RowBuilder, textOf, type ImportRow } from "./import-row";
import { audienceWord, clockWord, countryWord, venueTypeWord, weekdayWord } from "./words";

// HSDS 3.0 (Open Referral) services: a JSON array of services, one service per line
// (ndjson), or an API page ({ "contents": [...] }). One service is one listing: its
// physical location is the venue, a virtual one the join link, its schedules the meetings.
// What HSDS has no field for (who a group is for, the kind of venue, babies welcome…) is
// read from attributes whose taxonomy term code names it, and Village's own extensions
// (service.summary, schedule.timezone_name) when a file has them (README: "HSDS files").

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => textOf(value);

/** The taxonomy term codes this reader understands, besides audiences and venue kinds. */
export const HSDS_FLAGS = {
  babiesWelcome: "BABIES_WELCOME",
  childcareProvided: "CHILDCARE_PROVIDED",
  wheelchairAccessible: "WHEELCHAIR_ACCESSIBLE",
  registrationRequired: "REGISTRATION_REQUIRED",
} as const;

const AUDIENCE_VALUES = new Set<string>(Object.values(AUDIENCES).map((a) => a.value));
const VENUE_VALUES = new Set<string>(Object.values(VENUE_TYPES).map((v) => v.value));

type Attribute = { code: string; value: string; path: string };

function attributesOf(thing: Json, path: string): Attribute[] {
  return arr(thing.attributes).map((a, i) => {
    const term = obj(obj(a).taxonomy_term);
    return { code: str(term.code || term.name).toUpperCase().replace(/[\s-]+/g, "_"), value: str(obj(a).value), path: `${path}.attributes[${i}]` };
  });
}

/** A service's summary and description: its first paragraph, when it is short, and the rest. */
export function splitDescription(text: string): { summary: string; description: string } {
  const [first = "", ...rest] = text.trim().split(/\n\s*\n/);
  if (rest.length > 0 && first.length <= LIMITS.summary) return { summary: first.trim(), description: rest.join("\n\n").trim() };
  const sentence = /^(.+?[.!?])(\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
  return { summary: sentence.length <= LIMITS.summary ? sentence : `${sentence.slice(0, LIMITS.summary - 1).trimEnd()}…`, description: text.trim() };
}

/** Minutes between two "HH:MM" clocks; past midnight counts into the next day. */
function minutesBetween(start: string, end: string): number | null {
  const parse = (t: string) => (/^(\d{2}):(\d{2})$/.test(t) ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : null);
  const a = parse(start);
  const b = parse(end);
  if (a === null || b === null) return null;
  return b > a ? b - a : b + 24 * 60 - a;
}

/** HSDS times are "10:00", "10:00:00", or with a UTC offset ("10:00Z"), which a listing can't use. */
function localClock(value: unknown): { time: string; offset: boolean } {
  const text = str(value);
  const offset = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text);
  return { time: clockWord(text.replace(/(Z|[+-]\d{2}(:?\d{2})?)$/i, "")), offset };
}

function readSchedules(row: RowBuilder, schedules: { schedule: Json; path: string }[]): void {
  let n = 0;
  const named = schedules.find((s) => str(s.schedule.timezone_name));
  if (named) row.set("timeZone", str(named.schedule.timezone_name), `${named.path}.timezone_name`);
  for (const { schedule, path } of schedules) {
    const freq = str(schedule.freq).toUpperCase();
    const interval = Number(schedule.interval || 1);
    const days = str(schedule.byday)
      .split(",")
      .map((d) => d.trim().toUpperCase())
      .filter(Boolean);
    if (days.length === 0) {
      row.problem(`${path}.byday`, schedule.byday, formMessage("Import.hsdsDay"));
      continue;
    }
    const opens = localClock(schedule.opens_at);
    const closes = localClock(schedule.closes_at);
    // With the zone named, "10:00-06:00" is ten o'clock there; an offset alone can't say which zone (and so which clock change) it is.
    if ((opens.offset || closes.offset) && !named) row.problem(`${path}.opens_at`, schedule.opens_at, formMessage("Import.hsdsLocalTimes"));
    for (const day of days) {
      const at = (field: string) => `meetings[${n}].${field}`;
      row.source(`meetings[${n}]`, path);
      const nth = /^(-?\d)?([A-Z]{2})$/.exec(day);
      const weekday = nth?.[2] ?? day;
      let frequency = freq;
      let nthWeek: string | undefined;
      if (freq === "WEEKLY") frequency = interval === 2 ? "FORTNIGHTLY" : interval === 1 ? "WEEKLY" : `every ${interval} weeks`;
      else if (freq === "MONTHLY") {
        if (nth?.[1] === "-1") frequency = "MONTHLY_LAST";
        else if (nth?.[1]) {
          frequency = "MONTHLY_NTH";
          nthWeek = nth[1];
        }
      }
      row.set(at("frequency"), frequency, `${path}.freq`, schedule.freq);
      row.set(at("nthWeek"), nthWeek, `${path}.byday`, schedule.byday);
      row.set(at("weekday"), String(weekdayWord(weekday)), `${path}.byday`, schedule.byday);
      row.set(at("startTime"), opens.time, `${path}.opens_at`, schedule.opens_at);
      const minutes = minutesBetween(opens.time, closes.time);
      row.set(at("durationMinutes"), minutes === null ? undefined : String(minutes), `${path}.closes_at`, schedule.closes_at);
      row.set(at("startDate"), str(schedule.dtstart || schedule.valid_from).slice(0, 10), `${path}.dtstart`, schedule.dtstart || schedule.valid_from);
      row.set(at("endDate"), str(schedule.until || schedule.valid_to).slice(0, 10), `${path}.until`, schedule.until || schedule.valid_to);
      // A short note is the meeting's name ("Evening group"); the description repeats the pattern in words.
      const note = str(schedule.notes);
      row.set(at("label"), note && note.length <= 80 ? note : undefined, `${path}.notes`);
      n += 1;
    }
  }
}

function readCost(row: RowBuilder, service: Json): void {
  const options = arr(service.cost_options).map(obj);
  const fees = str(service.fees_description);
  const paid = options.find((o) => Number(o.amount) > 0);
  const free = !paid && options.some((o) => o.amount !== undefined && o.amount !== null && o.amount !== "" && Number(o.amount) === 0);
  const saysOnlyFree = /^free\.?$/i.test(fees);
  if (free) {
    row.set("isFree", "true", "cost_options", "0");
    row.set("costNote", saysOnlyFree ? undefined : fees || undefined, "fees_description");
  } else if (paid) {
    row.set("isFree", "false", "cost_options", paid.amount);
    const amount = [paid.currency ? str(paid.currency).toUpperCase() : "", str(paid.amount), str(paid.amount_description)].filter(Boolean).join(" ");
    row.set("costNote", fees || amount, fees ? "fees_description" : "cost_options");
  } else if (fees && !/^(free|no charge|none)\b/i.test(fees)) {
    row.set("isFree", "false", "fees_description");
    row.set("costNote", fees, "fees_description");
  } else {
    // No fee given: HSDS lists free services without one.
    row.set("isFree", "true", "fees_description", fees);
    row.set("costNote", saysOnlyFree ? undefined : fees || undefined, "fees_description");
  }
}

function readService(service: Json, position: number): ImportRow {
  const row = new RowBuilder();
  row.source("meetings", "schedules");
  row.set("name", str(service.name), "name");
  if (str(service.summary)) {
    row.set("summary", str(service.summary), "summary");
    row.set("description", str(service.description), "description");
  } else {
    const { summary, description } = splitDescription(str(service.description));
    row.set("summary", summary, "description");
    row.set("description", description, "description");
  }
  // A service's url may be its page in the directory that published it; the provider's own site is the organization's.
  const organization = obj(service.organization);
  if (service.organization) row.set("websiteUrl", str(organization.website), "organization.website");
  else row.set("websiteUrl", str(service.url), "url");
  row.set("contactEmail", str(service.email) || str(obj(arr(service.contacts)[0]).email), service.email ? "email" : "contacts[0].email");
  row.set("phone", str(obj(arr(service.phones)[0]).number).replace(/^"|"$/g, ""), "phones[0].number");
  const status = str(service.status);
  if (status && status !== "active") row.problem("status", status, formMessage("Import.hsdsInactive"));
  readCost(row, service);

  const links = arr(service.service_at_locations).map((sal, i) => ({ sal: obj(sal), path: `service_at_locations[${i}]` }));
  const locations = links.map(({ sal, path }) => ({ location: obj(sal.location), path: `${path}.location`, sal, salPath: path }));
  const physical = locations.find((l) => str(l.location.location_type) !== "virtual");
  const virtual = locations.find((l) => str(l.location.location_type) === "virtual");
  const format = physical && virtual ? "HYBRID" : physical ? "IN_PERSON" : virtual ? "ONLINE" : "";
  row.set("format", format, "service_at_locations");

  const attributes = [...attributesOf(service, "attributes"), ...locations.flatMap((l) => attributesOf(l.location, `${l.path}`))];
  const codes = new Set(attributes.map((a) => a.code));
  const audiences = attributes.filter((a) => AUDIENCE_VALUES.has(a.code) || AUDIENCE_VALUES.has(String(audienceWord(a.code.replace(/_/g, " "))))).map((a) => (AUDIENCE_VALUES.has(a.code) ? a.code : String(audienceWord(a.code.replace(/_/g, " ")))));
  // A service that says nothing about whom it serves is for all new parents.
  row.set("audiences", audiences.length > 0 ? audiences : ["ALL_NEW_PARENTS"], "attributes");
  row.set("babiesWelcome", codes.has(HSDS_FLAGS.babiesWelcome) ? "on" : undefined, "attributes");
  row.set("childcareProvided", codes.has(HSDS_FLAGS.childcareProvided) ? "on" : undefined, "attributes");
  row.set("wheelchairAccessible", codes.has(HSDS_FLAGS.wheelchairAccessible) ? "on" : undefined, "attributes");
  row.set("registrationRequired", String(codes.has(HSDS_FLAGS.registrationRequired)), "attributes");
  const registration = attributes.find((a) => a.code === HSDS_FLAGS.registrationRequired && a.value);
  if (registration) row.set("registrationUrl", registration.value, `${registration.path}.value`);

  const languages = [...arr(service.languages), ...(physical ? arr(physical.location.languages) : [])].map((l) => str(obj(l).code).toLowerCase()).filter(Boolean);
  row.set("languages", [...new Set(languages)], "languages");

  const schedules = [
    ...arr(service.schedules).map((s, i) => ({ schedule: obj(s), path: `schedules[${i}]` })),
    ...links.flatMap(({ sal, path }) => arr(sal.schedules).map((s, i) => ({ schedule: obj(s), path: `${path}.schedules[${i}]` }))),
  ];
  readSchedules(row, schedules);

  if (physical) {
    const p = physical.path;
    const venueKind = attributes.find((a) => VENUE_VALUES.has(a.code) || VENUE_VALUES.has(String(venueTypeWord(a.code.replace(/_/g, " ")))));
    // HSDS has no kind of venue; without an attribute saying, it is "Other venue".
    row.set("venueType", venueKind ? String(venueTypeWord(venueKind.code.replace(/_/g, " "))) : "OTHER", venueKind?.path ?? `${p}.attributes`);
    row.set("location.venueName", str(physical.location.name), `${p}.name`);
    const addresses = arr(physical.location.addresses).map(obj);
    const index = Math.max(0, addresses.findIndex((a) => str(a.address_type) === "physical"));
    const address = addresses[index] ?? {};
    const a = `${p}.addresses[${index}]`;
    row.set("location.addressLine1", str(address.address_1), `${a}.address_1`);
    row.set("location.addressLine2", str(address.address_2), `${a}.address_2`);
    row.set("location.locality", str(address.city), `${a}.city`);
    row.set("location.region", str(address.state_province), `${a}.state_province`);
    row.set("location.postalCode", str(address.postal_code), `${a}.postal_code`);
    row.set("location.countryCode", address.country ? countryWord(str(address.country)) : undefined, `${a}.country`, address.country);
    row.set("parkingAndTransit", str(physical.location.transportation), `${p}.transportation`);
  }
  const accessible = physical ?? virtual;
  if (accessible) {
    // The details, or a description that says more than whether there is wheelchair access (that is an attribute).
    const notes = arr(accessible.location.accessibility)
      .map(obj)
      .map((x) => str(x.details) || (/^(wheelchair accessible|ask the organiser about wheelchair access)\.?$/i.test(str(x.description)) ? "" : str(x.description)))
      .filter(Boolean);
    row.set("accessibilityNotes", notes.join(" "), `${accessible.path}.accessibility`);
  }
  if (virtual) {
    row.set("onlineJoinUrl", str(virtual.location.url), `${virtual.path}.url`);
    // A link an open-data file publishes is public already.
    row.set("showJoinLink", str(virtual.location.url) ? "on" : undefined, `${virtual.path}.url`);
    row.set("joinInstructions", str(virtual.location.description), `${virtual.path}.description`);
  }
  const lat = Number(physical?.location.latitude);
  const lng = Number(physical?.location.longitude);
  const coordinates = physical && physical.location.latitude !== undefined && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
  return row.build(position, str(service.id), "id", { contactOptional: true, coordinates });
}

/** The services in an HSDS file: a JSON array, an API page, one service, or one service per line. */
export function hsdsServices(text: string): Json[] | null {
  const trimmed = text.trim();
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return parsed.map(obj);
    const page = obj(parsed);
    if (Array.isArray(page.contents)) return page.contents.map(obj);
    return page.id !== undefined ? [page] : null;
  } catch {
    try {
      return trimmed
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line) => obj(JSON.parse(line)));
    } catch {
      return null;
    }
  }
}

export function readHsds(services: Json[]): ImportRow[] {
  return services.map((service, i) => readService(service, i + 1));
}
