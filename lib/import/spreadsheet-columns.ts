import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { LIMITS } from "@/lib/listings/listing-limits";
import { MAX_MEETINGS, MAX_DURATION, MIN_DURATION } from "@/lib/listings/meeting-choices";
import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { audienceWord, clockWord, countryWord, formatWord, frequencyWord, languageWord, listWords, nthWeekWord, venueTypeWord, weekdayWord, yesNoWord, YES_NO_PROBLEM } from "./words";
import type { RowBuilder } from "./import-row";

// The spreadsheet template: one row per group, one column per field of the listing form,
// and a block of columns per meeting (meeting_1_day, meeting_1_start…), because a cell per
// thing is what a person can fill in and what a row error can point at. The template, the
// reader, the admin page and the README's table all come from this list; what to write in
// each column is worded in messages/*/Import.json (columns, meetingColumns), in English or
// Spanish, and the reader understands the words of both.

/** The column names the explanations are worded under (meeting blocks by their part). */
type ColumnName = keyof (typeof import("@/messages/en/Import.json"))["columns"];
type MeetingPart = keyof (typeof import("@/messages/en/Import.json"))["meetingColumns"];

export type SpreadsheetColumn = {
  header: string;
  /** Which explanation is this column's: its own, or meeting `n`'s part. */
  words: { column: ColumnName } | { meeting: number; part: MeetingPart };
  /** Puts the cell's text into the row. */
  read: (row: RowBuilder, text: string, header: string) => void;
};

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


const ABOUT: SpreadsheetColumn[] = [
  { header: "name", words: { column: "name" }, read: text("name") },
  { header: "summary", words: { column: "summary" }, read: text("summary") },
  { header: "description", words: { column: "description" }, read: text("description") },
  { header: "who_for", words: { column: "who_for" }, read: list("audiences", (t) => String(audienceWord(t))) },
  { header: "languages", words: { column: "languages" }, read: list("languages", (t) => String(languageWord(t))) },
  { header: "free", words: { column: "free" }, read: yesNo("isFree") },
  { header: "cost", words: { column: "cost" }, read: text("costNote") },
  { header: "register_first", words: { column: "register_first" }, read: yesNo("registrationRequired") },
  { header: "registration_link", words: { column: "registration_link" }, read: text("registrationUrl") },
  { header: "babies_welcome", words: { column: "babies_welcome" }, read: tick("babiesWelcome") },
  { header: "childcare", words: { column: "childcare" }, read: tick("childcareProvided") },
  { header: "wheelchair_accessible", words: { column: "wheelchair_accessible" }, read: tick("wheelchairAccessible") },
  { header: "access_notes", words: { column: "access_notes" }, read: text("accessibilityNotes") },
];

const WHERE: SpreadsheetColumn[] = [
  { header: "format", words: { column: "format" }, read: choice("format", formatWord) },
  { header: "venue_type", words: { column: "venue_type" }, read: choice("venueType", venueTypeWord) },
  { header: "venue_name", words: { column: "venue_name" }, read: text("location.venueName") },
  { header: "street_address", words: { column: "street_address" }, read: text("location.addressLine1") },
  { header: "address_line_2", words: { column: "address_line_2" }, read: text("location.addressLine2") },
  { header: "town", words: { column: "town" }, read: text("location.locality") },
  { header: "state_or_county", words: { column: "state_or_county" }, read: text("location.region") },
  { header: "postcode", words: { column: "postcode" }, read: text("location.postalCode") },
  { header: "country", words: { column: "country" }, read: choice("location.countryCode", countryWord) },
  { header: "parking_and_transit", words: { column: "parking_and_transit" }, read: text("parkingAndTransit") },
  { header: "join_link", words: { column: "join_link" }, read: text("onlineJoinUrl") },
  { header: "show_join_link", words: { column: "show_join_link" }, read: tick("showJoinLink") },
  { header: "join_instructions", words: { column: "join_instructions" }, read: text("joinInstructions") },
  { header: "time_zone", words: { column: "time_zone" }, read: text("timeZone") },
];

const CONTACT: SpreadsheetColumn[] = [
  { header: "website", words: { column: "website" }, read: text("websiteUrl") },
  { header: "phone", words: { column: "phone" }, read: text("phone") },
  { header: "contact_email", words: { column: "contact_email" }, read: text("contactEmail") },
];

/** The columns of meeting `n` (1-based): meeting_1_day, meeting_1_start… */
export function meetingColumns(n: number): SpreadsheetColumn[] {
  const at = (field: string) => `meetings[${n - 1}].${field}`;
  const prefix = `meeting_${n}_`;
  const cell = (part: MeetingPart, read: SpreadsheetColumn["read"]): SpreadsheetColumn => ({
    header: `${prefix}${part}`,
    words: { meeting: n, part },
    read: (row, value, header) => {
      row.source(`meetings[${n - 1}]`, `${prefix}day`);
      read(row, value, header);
    },
  });
  return [
    cell("name", text(at("label"))),
    cell("how_often", choice(at("frequency"), frequencyWord)),
    cell("week", choice(at("nthWeek"), nthWeekWord)),
    cell("day", choice(at("weekday"), weekdayWord)),
    cell("start", choice(at("startTime"), clockWord)),
    cell("minutes", text(at("durationMinutes"))),
    cell("first_date", text(at("startDate"))),
    cell("last_date", text(at("endDate"))),
  ];
}

export const ID_COLUMN: SpreadsheetColumn = { header: "id", words: { column: "id" }, read: () => {} };

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

/** "all new parents", but "NICU families": a label as it reads inside a sentence. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/**
 * What to write in each column, and an example, in `locale`: for the template's explanation
 * row, the import page and the README. The choices listed are the words the reader knows.
 */
export function columnWords(locale: Locale = routing.defaultLocale): (column: SpreadsheetColumn) => { explain: string; example: string } {
  const t = translatorFor(locale, "Import");
  const vocabulary = translatorFor(locale, "Vocabulary");
  const names = (group: "audiences" | "formats" | "venues", slugs: string[]) => slugs.map((slug) => inSentence(vocabulary(`${group}.${slug}` as never)));
  const args = {
    name: { max: LIMITS.name },
    summary: { max: LIMITS.summary },
    who_for: { choices: names("audiences", Object.keys(AUDIENCES)).join("; ") },
    format: { choices: names("formats", Object.keys(FORMATS)).join(", ") },
    venue_type: { choices: names("venues", Object.keys(VENUE_TYPES)).join(", ") },
  } as Partial<Record<ColumnName, Record<string, string | number>>>;
  return ({ words }) => {
    if ("column" in words) {
      const example = `columns.${words.column}.example` as const;
      return { explain: t(`columns.${words.column}.explain`, args[words.column] as never), example: t.has(example as never) ? t(example as never) : "" };
    }
    const example = `meetingColumns.${words.part}.example` as const;
    return {
      explain: t(`meetingColumns.${words.part}.explain`, { n: words.meeting, min: MIN_DURATION, max: MAX_DURATION } as never),
      // Only the first meeting block has an example: one meeting is the usual case.
      example: words.meeting === 1 && t.has(example as never) ? t(example as never) : "",
    };
  };
}
