import type { MeetingRule, Weekday } from "./types";
import { toWallClock } from "./wall-clock";

// Words for people. Everything takes the zone as an argument and never reads the server's
// own, so a page renders the same wherever it is built. Dates read day-month ("Tue 2 Dec")
// and times are 12-hour with lower-case am/pm ("7:00 pm") throughout.

export const DAY_NAMES: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const ORDINALS = ["First", "Second", "Third", "Fourth"];
// Indexed by Date#getUTCDay / getUTCMonth of a floating wall-clock Date.
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Every Tuesday", "Every other Wednesday", "First Thursday of the month", "Last Friday of the month". */
export function describeRule(rule: Pick<MeetingRule, "frequency" | "weekday" | "nthWeek">): string {
  const day = DAY_NAMES[rule.weekday];
  switch (rule.frequency) {
    case "WEEKLY":
      return `Every ${day}`;
    case "FORTNIGHTLY":
      return `Every other ${day}`;
    case "MONTHLY_NTH": {
      const ordinal = ORDINALS[(rule.nthWeek ?? 0) - 1];
      if (!ordinal) throw new RangeError(`A monthly meeting needs nthWeek 1-4, got ${String(rule.nthWeek)}`);
      return `${ordinal} ${day} of the month`;
    }
    case "MONTHLY_LAST":
      return `Last ${day} of the month`;
  }
}

/** Minutes after midnight as a clock time: 630 -> "10:30 am", 0 -> "12:00 am", 720 -> "12:00 pm". */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hours = Math.floor(m / 60);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(m % 60).padStart(2, "0")} ${hours < 12 ? "am" : "pm"}`;
}

/** "10:00 am – 11:30 am", in the meeting's own local time (wraps past midnight). */
export function formatTimeRange(rule: Pick<MeetingRule, "startMinutes" | "durationMinutes">): string {
  return `${formatClock(rule.startMinutes)} – ${formatClock(rule.startMinutes + rule.durationMinutes)}`;
}

export type TimeOfDay = "morning" | "afternoon" | "evening";

/** Search filter buckets: morning before noon, afternoon until 4:59 pm, evening from 5 pm. */
export function timeOfDay(startMinutes: number): TimeOfDay {
  if (startMinutes < 12 * 60) return "morning";
  if (startMinutes < 17 * 60) return "afternoon";
  return "evening";
}

// Each English locale knows the abbreviations of its own region only ("CST" in en-US,
// "BST" in en-GB, "AEDT" in en-AU) and prints "GMT-6" for the rest: take the first real one.
const ZONE_NAME_LOCALES = ["en-US", "en-GB", "en-AU", "en-NZ", "en-CA", "en-IE", "en-IN"];

// Building a formatter costs far more than using one, and every card on a page asks for a
// zone's name: one formatter per locale and zone, kept for the process.
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let formatter = zoneNameFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" });
    zoneNameFormatters.set(key, formatter);
  }
  return formatter;
}

/** The zone's short name at that instant: "CST", "BST", "AEDT"; "GMT+9" where none exists. */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  let fallback: string | undefined;
  for (const locale of ZONE_NAME_LOCALES) {
    const name = zoneNameFormatter(locale, timeZone).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
    fallback ??= name;
  }
  return fallback ?? timeZone;
}

export type FormatOccurrenceOptions = { withYear?: boolean; withZone?: boolean };

/** "Tue 2 Dec" (or "Tue 2 Dec 2025"): the date of `instant` on the wall calendar of `timeZone`. */
export function formatOccurrenceDate(instant: Date, timeZone: string, { withYear = false }: FormatOccurrenceOptions = {}): string {
  const wall = toWallClock(instant, timeZone);
  const date = `${SHORT_DAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${SHORT_MONTHS[wall.getUTCMonth()]}`;
  return withYear ? `${date} ${wall.getUTCFullYear()}` : date;
}

/** "7:00 pm" (or "7:00 pm CST" with the zone): the time of `instant` on the clocks of `timeZone`. */
export function formatOccurrenceTime(instant: Date, timeZone: string, { withZone = false }: FormatOccurrenceOptions = {}): string {
  const wall = toWallClock(instant, timeZone);
  const time = formatClock(wall.getUTCHours() * 60 + wall.getUTCMinutes());
  return withZone ? `${time} ${zoneAbbreviation(instant, timeZone)}` : time;
}

/** "Tue 2 Dec, 7:00 pm CST": date, time and zone name of `instant` in `timeZone`. */
export function formatOccurrence(instant: Date, timeZone: string, { withYear = false, withZone = true }: FormatOccurrenceOptions = {}): string {
  return `${formatOccurrenceDate(instant, timeZone, { withYear })}, ${formatOccurrenceTime(instant, timeZone, { withZone })}`;
}
