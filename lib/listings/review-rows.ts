import { describeRule, formatTimeRange, parseClock } from "@/lib/schedule";
import { LISTING_FIELDS, LOCATION_FIELDS } from "./fields";
import { SECTIONS, type FieldView, type SectionId } from "./form-layout";
import type { ListingValues, MeetingValues } from "./listing-schema";

// A listing as a moderator reads it: one row per field, in the form's sections, with the
// form's label and the value in words. The review page and the before/after of an edit
// both read these rows.

export type FieldRow = { field: string; label: string; value: string; section: SectionId };

export const EMPTY = "—";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function displayName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-01-06" -> "6 Jan 2026" (a calendar date, so no time zone can shift it). */
const readableDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : iso);

/** One value in words, the way its input offers it. */
function valueText(def: FieldView, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return EMPTY;
  const input = def.input;
  if (input.kind === "tick") return value ? "Yes" : "No";
  if (input.kind === "yesNo") return input.options.find((o) => o.value === value)?.label ?? String(value);
  const options = "options" in input ? input.options : null;
  const label = (code: string) => {
    if (options === "languages") return displayName(languageNames, code);
    if (options === "countries") return `${displayName(regionNames, code)} (${code})`;
    if (options === "timeZones") return code.replace(/_/g, " ");
    return (Array.isArray(options) ? options.find((o) => o.value === code)?.label : undefined) ?? code;
  };
  return Array.isArray(value) ? value.map((v) => label(String(v))).join(", ") : label(String(value));
}

/** "Every Tuesday, 10:00 am – 11:30 am · from 6 Jan 2026 · “Coffee morning”" */
export function describeMeeting(meeting: MeetingValues): string {
  const start = parseClock(meeting.startTime);
  let pattern = describeRule({ frequency: meeting.frequency, weekday: meeting.weekday, nthWeek: meeting.nthWeek });
  if (start !== null) pattern += `, ${formatTimeRange({ startMinutes: start, durationMinutes: meeting.durationMinutes })}`;
  const parts = [pattern, `from ${readableDay(meeting.startDate)}`];
  if (meeting.endDate) parts.push(`until ${readableDay(meeting.endDate)}`);
  if (meeting.label) parts.push(`“${meeting.label}”`);
  return parts.join(" · ");
}

const row = (field: string, def: FieldView, value: unknown): FieldRow => ({
  field,
  label: def.private ? `${def.label} (private)` : def.label,
  value: valueText(def, value),
  section: def.section,
});

/**
 * Listing values as rows, section by section. Meetings are keyed by their id, so a diff
 * pairs a meeting with itself even when another one was removed before it.
 */
export function listingRows(values: ListingValues): FieldRow[] {
  const rows = Object.entries(LISTING_FIELDS).map(([name, def]) => row(name, def, values[name as keyof ListingValues]));
  if (values.location) {
    const location = values.location;
    rows.push(...Object.entries(LOCATION_FIELDS).map(([name, def]) => row(`location.${name}`, def, location[name as keyof typeof location])));
  } else if (values.format !== "IN_PERSON") {
    rows.push({ field: "location", label: "Venue", value: "No venue (online only)", section: "where" });
  }
  const many = values.meetings.length > 1;
  values.meetings.forEach((meeting, i) =>
    rows.push({ field: meeting.id ? `meeting:${meeting.id}` : `meetings[${i}]`, label: many ? `Meeting ${i + 1}` : "Meeting", value: describeMeeting(meeting), section: "when" }),
  );
  const order = SECTIONS.map((s) => s.id);
  return rows.map((r, i) => ({ r, i })).sort((a, b) => order.indexOf(a.r.section) - order.indexOf(b.r.section) || a.i - b.i).map(({ r }) => r);
}

/** Rows under the form's section headings. */
export function sectionRows(rows: FieldRow[]): { title: string; rows: FieldRow[] }[] {
  return SECTIONS.map((s) => ({ title: s.title, rows: rows.filter((r) => r.section === s.id) })).filter((s) => s.rows.length > 0);
}
