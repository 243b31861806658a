import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { describeRule, formatTimeRange, parseClock } from "@/lib/schedule";
import { LISTING_FIELDS, LOCATION_FIELDS, listingFormFields, type ListingFieldName, type LocationFieldName } from "./fields";
import { SECTIONS, type FieldView, type ListingFormFields, type SectionId } from "./form-layout";
import type { ListingValues, MeetingValues } from "./listing-schema";

// A listing as a moderator reads it: one row per field, in the form's sections, with the
// form's label and the value in words, in the moderator's language (the organiser's own
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

// The form's fields worded once a language: a queue of edits reads them many times.
const formFields = new Map<Locale, ListingFormFields>();

/** The words a listing's values are read in, for one language: the form's own, and the moderator's. */
function wordsFor(locale: Locale) {
  const t = translatorFor(locale, "Moderation");
  const form = formFields.get(locale) ?? listingFormFields(locale);
  formFields.set(locale, form);
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const days = dayFormat(locale);
  return {
    t,
    form,
    /** "2026-01-06" -> "6 Jan 2026" (a calendar date, so no time zone can shift it). */
    day: (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? days.format(new Date(`${iso}T00:00:00Z`)) : iso),
    language: (code: string) => displayName(languages, code),
    country: (code: string) => t("review.country", { name: displayName(regions, code), code }),
  };
}

type Words = ReturnType<typeof wordsFor>;

/** One value in words, the way its input offers it. */
function valueText(words: Words, def: FieldView, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return EMPTY;
  const input = def.input;
  if (input.kind === "tick") return value ? words.t("review.yes") : words.t("review.no");
  if (input.kind === "yesNo") return input.options.find((o) => o.value === value)?.label ?? String(value);
  const options = "options" in input ? input.options : null;
  const label = (code: string) => {
    if (options === "languages") return words.language(code);
    if (options === "countries") return words.country(code);
    if (options === "timeZones") return code.replace(/_/g, " ");
    return (Array.isArray(options) ? options.find((o) => o.value === code)?.label : undefined) ?? code;
  };
  return Array.isArray(value) ? value.map((v) => label(String(v))).join(", ") : label(String(value));
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

const row = (words: Words, field: string, def: FieldView, value: unknown): FieldRow => ({
  field,
  label: def.private ? words.t("review.private", { label: def.label }) : def.label,
  value: valueText(words, def, value),
  section: def.section,
});

/**
 * Listing values as rows, section by section, worded in `locale`. Meetings are keyed by
 * their id, so a diff pairs a meeting with itself even when another one was removed before it.
 */
export function listingRows(values: ListingValues, locale: Locale = routing.defaultLocale): FieldRow[] {
  const words = wordsFor(locale);
  const { t, form } = words;
  const rows = (Object.keys(LISTING_FIELDS) as ListingFieldName[]).map((name) => row(words, name, form.listing[name]!, values[name]));
  if (values.location) {
    const location = values.location;
    rows.push(...(Object.keys(LOCATION_FIELDS) as LocationFieldName[]).map((name) => row(words, `location.${name}`, form.location[name]!, location[name])));
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
