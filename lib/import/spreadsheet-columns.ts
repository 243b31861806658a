import { LISTING_FIELDS, LOCATION_FIELDS } from "@/lib/listings/fields";
import { MAX_MEETINGS, MAX_DURATION, MIN_DURATION } from "@/lib/listings/meeting-choices";
import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { audienceWord, clockWord, countryWord, formatWord, frequencyWord, languageWord, listWords, nthWeekWord, venueTypeWord, weekdayWord, yesNoWord, YES_NO_PROBLEM } from "./words";
import type { RowBuilder } from "./import-row";

// The spreadsheet template: one row per group, one column per field of the listing form,
// and a block of columns per meeting (meeting_1_day, meeting_1_start…), because a cell per
// thing is what a person can fill in and what a row error can point at. The template, its
// explanations, the reader, the admin page and the README's table all come from this list.

export type SpreadsheetColumn = {
  header: string;
  /** What to write, for the template's explanation row, the admin page and the README. */
  explain: string;
  example: string;
  /** Puts the cell's text into the row. */
  read: (row: RowBuilder, text: string, header: string) => void;
};

const labelOf = (name: keyof typeof LISTING_FIELDS) => LISTING_FIELDS[name].label;
const hintOf = (name: keyof typeof LISTING_FIELDS) => ("hint" in LISTING_FIELDS[name] ? ` ${LISTING_FIELDS[name].hint}` : "");

const text = (field: string) => (row: RowBuilder, value: string, header: string) => row.set(field, value, header);

/** A yes/no question of the form (two radios posting "true"/"false"). */
const yesNo = (field: string) => (row: RowBuilder, value: string, header: string) => {
  const answer = yesNoWord(value);
  row.set(field, answer === undefined || answer === null ? undefined : String(answer), header, value);
  if (answer === null) row.problem(header, value, YES_NO_PROBLEM);
};

/** A tick box of the form: "yes" ticks it; empty or "no" leaves it unticked. */
const tick = (field: string) => (row: RowBuilder, value: string, header: string) => {
  const answer = yesNoWord(value);
  row.set(field, answer ? "on" : undefined, header, value);
  if (answer === null) row.problem(header, value, YES_NO_PROBLEM);
};

const choice = (field: string, word: (text: string) => string | number) => (row: RowBuilder, value: string, header: string) => row.set(field, value ? String(word(value)) : undefined, header, value);

const list = (field: string, word: (text: string) => string) => (row: RowBuilder, value: string, header: string) => row.set(field, listWords(value).map(word), header, value);

/** "all new parents", but "NICU families": a label as it reads inside a sentence. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
const names = (map: Record<string, { label: string }>) => Object.values(map).map((v) => inSentence(v.label));

const ABOUT: SpreadsheetColumn[] = [
  { header: "name", explain: `${labelOf("name")}.${hintOf("name")}`, example: "New Parents Circle", read: text("name") },
  { header: "summary", explain: `${labelOf("summary")}.${hintOf("summary")}`, example: "A relaxed weekly drop-in for new parents and babies.", read: text("summary") },
  { header: "description", explain: `${labelOf("description")}.${hintOf("description")}`, example: "Tea, chat and a warm welcome. A midwife joins us once a month.", read: text("description") },
  {
    header: "who_for",
    explain: `${labelOf("audiences")} One or more, separated by semicolons: ${names(AUDIENCES).join("; ")}.`,
    example: "mothers and birthing parents; partners and dads",
    read: list("audiences", (t) => String(audienceWord(t))),
  },
  { header: "languages", explain: "Languages spoken at the group, separated by semicolons: English; Spanish (or en; es).", example: "English; Spanish", read: list("languages", (t) => String(languageWord(t))) },
  { header: "free", explain: "Is it free? yes or no.", example: "yes", read: yesNo("isFree") },
  { header: "cost", explain: `${LISTING_FIELDS.costNote.label}, when it is not free.${hintOf("costNote")}`, example: "", read: text("costNote") },
  { header: "register_first", explain: "Do parents need to register before they come? yes, or no when they can just drop in.", example: "no", read: yesNo("registrationRequired") },
  { header: "registration_link", explain: `${labelOf("registrationUrl")}, when parents register first. Starts with https://`, example: "", read: text("registrationUrl") },
  { header: "babies_welcome", explain: `${labelOf("babiesWelcome")}: yes or no.`, example: "yes", read: tick("babiesWelcome") },
  { header: "childcare", explain: `${labelOf("childcareProvided")}: yes or no.`, example: "no", read: tick("childcareProvided") },
  { header: "wheelchair_accessible", explain: `${labelOf("wheelchairAccessible")}: yes or no.`, example: "yes", read: tick("wheelchairAccessible") },
  { header: "access_notes", explain: `${labelOf("accessibilityNotes")}.${hintOf("accessibilityNotes")}`, example: "Step-free entrance on Elm Street.", read: text("accessibilityNotes") },
];

const WHERE: SpreadsheetColumn[] = [
  { header: "format", explain: `How the group meets: ${names(FORMATS).join(", ")} (or hybrid).`, example: "in person", read: choice("format", formatWord) },
  { header: "venue_type", explain: `${labelOf("venueType")}, for groups that meet in person: ${names(VENUE_TYPES).join(", ")}.`, example: "hospital", read: choice("venueType", venueTypeWord) },
  { header: "venue_name", explain: `${LOCATION_FIELDS.venueName.label}.`, example: "St Mary's Hospital, Maternity Wing", read: text("location.venueName") },
  { header: "street_address", explain: `${LOCATION_FIELDS.addressLine1.label}.`, example: "1201 W 38th St", read: text("location.addressLine1") },
  { header: "address_line_2", explain: `${LOCATION_FIELDS.addressLine2.label} (optional).`, example: "Room 2, second floor", read: text("location.addressLine2") },
  { header: "town", explain: `${LOCATION_FIELDS.locality.label}. It must be a place we know: the listing's map position and time zone come from it.`, example: "Austin", read: text("location.locality") },
  { header: "state_or_county", explain: `${LOCATION_FIELDS.region.label} (optional; helps tell apart towns of the same name): TX, Ontario, Kent.`, example: "TX", read: text("location.region") },
  { header: "postcode", explain: `${LOCATION_FIELDS.postalCode.label} (optional; US, Canadian and Australian codes place the venue precisely).`, example: "78705", read: text("location.postalCode") },
  { header: "country", explain: "Country: a two-letter code (US, GB, CA) or its name.", example: "US", read: choice("location.countryCode", countryWord) },
  { header: "parking_and_transit", explain: `${labelOf("parkingAndTransit")}.${hintOf("parkingAndTransit")}`, example: "Free parking in the visitors' garage.", read: text("parkingAndTransit") },
  { header: "join_link", explain: `${labelOf("onlineJoinUrl")}, for groups that meet online. Starts with https://`, example: "", read: text("onlineJoinUrl") },
  { header: "show_join_link", explain: `${labelOf("showJoinLink")}: yes or no.${hintOf("showJoinLink")}`, example: "", read: tick("showJoinLink") },
  { header: "join_instructions", explain: `${labelOf("joinInstructions")}.${hintOf("joinInstructions")}`, example: "", read: text("joinInstructions") },
  { header: "time_zone", explain: "Only for groups that meet online: the time zone of the meeting times, like America/Chicago or Europe/London. In-person groups use the venue's.", example: "", read: text("timeZone") },
];

const CONTACT: SpreadsheetColumn[] = [
  { header: "website", explain: `${labelOf("websiteUrl")}. Starts with https://`, example: "https://example.org/new-parents", read: text("websiteUrl") },
  { header: "phone", explain: `${labelOf("phone")}.${hintOf("phone")}`, example: "+1 512 555 0100", read: text("phone") },
  {
    header: "contact_email",
    explain: `${labelOf("contactEmail")}. Private: it never appears on the site. The group's organiser can claim the listing by signing in with this address.`,
    example: "newparents@example.org",
    read: text("contactEmail"),
  },
];

/** The columns of meeting `n` (1-based): meeting_1_day, meeting_1_start… */
export function meetingColumns(n: number): SpreadsheetColumn[] {
  const at = (field: string) => `meetings[${n - 1}].${field}`;
  const prefix = `meeting_${n}_`;
  const cell = (name: string, explain: string, example: string, read: SpreadsheetColumn["read"]): SpreadsheetColumn => ({
    header: `${prefix}${name}`,
    explain,
    example: n === 1 ? example : "",
    read: (row, value, header) => {
      row.source(`meetings[${n - 1}]`, `${prefix}day`);
      read(row, value, header);
    },
  });
  return [
    cell("name", `Meeting ${n}: its name, if it has one (optional): “Evening group”.`, "", text(at("label"))),
    cell("how_often", `Meeting ${n}: every week, every other week, monthly (on a set week: fill in meeting_${n}_week) or last week of the month.`, "every week", choice(at("frequency"), frequencyWord)),
    cell("week", `Meeting ${n}: for monthly meetings, which week: first, second, third or fourth.`, "", choice(at("nthWeek"), nthWeekWord)),
    cell("day", `Meeting ${n}: the day of the week: Monday … Sunday.`, "Tuesday", choice(at("weekday"), weekdayWord)),
    cell("start", `Meeting ${n}: the start time, like 10:00 or 18:30 (or 6:30 pm).`, "10:00", choice(at("startTime"), clockWord)),
    cell("minutes", `Meeting ${n}: how long it lasts, in minutes (${MIN_DURATION} to ${MAX_DURATION}).`, "90", text(at("durationMinutes"))),
    cell("first_date", `Meeting ${n}: the date of the first meeting, like 2026-03-14 (a date in the past is fine).`, "2026-01-06", text(at("startDate"))),
    cell("last_date", `Meeting ${n}: the date of the last meeting, if it ends (optional).`, "", text(at("endDate"))),
  ];
}

export const ID_COLUMN: SpreadsheetColumn = {
  header: "id",
  explain: "Your own reference for the group, different on every row: a number or a short code like MH-01. Import the file again with the same ids and those listings are updated, not added twice. Rows whose id starts with # are skipped (like this row).",
  example: "MH-01",
  read: () => {},
};

/** Every column, in template order; meetings 1 to MAX_MEETINGS. */
export const SPREADSHEET_COLUMNS: SpreadsheetColumn[] = [ID_COLUMN, ...ABOUT, ...WHERE, ...CONTACT, ...Array.from({ length: MAX_MEETINGS }, (_, i) => meetingColumns(i + 1)).flat()];

/** The template shows this many meeting blocks; more follow the same pattern. */
export const TEMPLATE_MEETINGS = 2;

/** "Meeting 1", "meeting 1 day", "Meeting-1-Day" all find meeting_1_day. */
export const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

export const COLUMNS_BY_HEADER = new Map(SPREADSHEET_COLUMNS.map((column) => [column.header, column]));
