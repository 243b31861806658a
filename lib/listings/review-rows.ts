import { AUDIENCES, FORMATS, slugOf, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { describeRule, formatTimeRange, parseClock } from "@/lib/schedule";
import { LISTING_FIELDS, LOCATION_FIELDS, type ListingFieldName, type LocationFieldName } from "./fields";
import { SECTIONS, type FieldView, type SectionId } from "./form-layout";
import type { ListingValues, MeetingValues } from "./listing-schema";

// A listing as a moderator reads it: one row per field, in the form's sections, with the
// field's label and the value in words, in the moderator's language (the organiser's own
// text is shown as written). The review page and the before/after of an edit both read
// these rows.

export type FieldRow = { field: string; label: string; value: string; section: SectionId };

export const EMPTY = "—";

function displayName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** English dates read day-month ("6 Jan 2026"); other languages their own way. */
const dayFormat = (locale: Locale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The words a listing's values are read in, for one language. */
function wordsFor(locale: Locale) {
  const t = translatorFor(locale, "Moderation");
  const vocabulary = translatorFor(locale, "Vocabulary");
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const days = dayFormat(locale);
  return {
    t,
    /** "2026-01-06" -> "6 Jan 2026" (a calendar date, so no time zone can shift it). */
    day: (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? days.format(new Date(`${iso}T00:00:00Z`)) : iso),
    /** A choice's code in words: a language, a country, an audience… */
    option(field: string, code: string): string {
      if (field === "languages") return displayName(languages, code);
      if (field === "countryCode") return t("review.country", { name: displayName(regions, code), code });
      if (field === "timeZone") return code.replace(/_/g, " ");
      if (field === "audiences" && Object.values(AUDIENCES).some((a) => a.value === code)) return vocabulary(`audiences.${slugOf(AUDIENCES, code as never)}`);
      if (field === "format" && Object.values(FORMATS).some((f) => f.value === code)) return vocabulary(`formats.${slugOf(FORMATS, code as never)}`);
      if (field === "venueType" && Object.values(VENUE_TYPES).some((v) => v.value === code)) return vocabulary(`venues.${slugOf(VENUE_TYPES, code as never)}`);
      return code;
    },
  };
}

type Words = ReturnType<typeof wordsFor>;

/** One value in words, the way its input offers it. */
function valueText(words: Words, field: string, def: FieldView, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return EMPTY;
  const { t } = words;
  if (def.input.kind === "tick") return value ? t("review.yes") : t("review.no");
  if (field === "isFree") return value === true ? t("review.isFree.yes") : value === false ? t("review.isFree.no") : String(value);
  if (field === "registrationRequired") return value === true ? t("review.registrationRequired.yes") : value === false ? t("review.registrationRequired.no") : String(value);
  return Array.isArray(value) ? value.map((v) => words.option(field, String(v))).join(", ") : words.option(field, String(value));
}

/** "Every Tuesday, 10:00 am – 11:30 am · from 6 Jan 2026 · “Coffee morning”" */
export function describeMeeting(meeting: MeetingValues, locale: Locale = routing.defaultLocale): string {
  return meetingText(wordsFor(locale), locale, meeting);
}

function meetingText(words: Words, locale: Locale, meeting: MeetingValues): string {
  const { t } = words;
  const start = parseClock(meeting.startTime);
  const rule = describeRule({ frequency: meeting.frequency, weekday: meeting.weekday, nthWeek: meeting.nthWeek }, locale);
  const pattern = start !== null ? t("review.meeting.pattern", { rule, time: formatTimeRange({ startMinutes: start, durationMinutes: meeting.durationMinutes }, locale) }) : rule;
  const parts = [pattern, t("review.meeting.from", { date: words.day(meeting.startDate) })];
  if (meeting.endDate) parts.push(t("review.meeting.until", { date: words.day(meeting.endDate) }));
  if (meeting.label) parts.push(t("review.meeting.named", { label: meeting.label }));
  return parts.join(" · ");
}

function fieldLabel(words: Words, name: ListingFieldName | `location.${LocationFieldName}`, def: FieldView): string {
  const label = words.t(`review.fields.${name}`);
  return def.private ? words.t("review.private", { label }) : label;
}

/**
 * Listing values as rows, section by section, worded in `locale`. Meetings are keyed by
 * their id, so a diff pairs a meeting with itself even when another one was removed before it.
 */
export function listingRows(values: ListingValues, locale: Locale = routing.defaultLocale): FieldRow[] {
  const words = wordsFor(locale);
  const { t } = words;
  const rows: FieldRow[] = (Object.entries(LISTING_FIELDS) as [ListingFieldName, FieldView][]).map(([name, def]) => ({
    field: name,
    label: fieldLabel(words, name, def),
    value: valueText(words, name, def, values[name]),
    section: def.section,
  }));
  if (values.location) {
    const location = values.location;
    for (const [name, def] of Object.entries(LOCATION_FIELDS) as [LocationFieldName, FieldView][]) {
      rows.push({ field: `location.${name}`, label: fieldLabel(words, `location.${name}`, def), value: valueText(words, name, def, location[name]), section: def.section });
    }
  } else if (values.format !== "IN_PERSON") {
    rows.push({ field: "location", label: t("review.venue"), value: t("review.noVenue"), section: "where" });
  }
  const many = values.meetings.length > 1;
  values.meetings.forEach((meeting, i) =>
    rows.push({
      field: meeting.id ? `meeting:${meeting.id}` : `meetings[${i}]`,
      label: many ? t("review.meetingNumber", { number: i + 1 }) : t("review.meeting.label"),
      value: meetingText(words, locale, meeting),
      section: "when",
    }),
  );
  const order = SECTIONS.map((s) => s.id);
  return rows.map((r, i) => ({ r, i })).sort((a, b) => order.indexOf(a.r.section) - order.indexOf(b.r.section) || a.i - b.i).map(({ r }) => r);
}

/** Rows under the form's sections, in the form's order; the page words each section's title. */
export function sectionRows(rows: FieldRow[]): { section: SectionId; rows: FieldRow[] }[] {
  return SECTIONS.map((s) => ({ section: s.id, rows: rows.filter((r) => r.section === s.id) })).filter((s) => s.rows.length > 0);
}
