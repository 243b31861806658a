import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { MeetingRule, Weekday } from "./types";
import { toWallClock } from "./wall-clock";

// Words for people. Everything takes the zone as an argument and never reads the server's
// own, so a page renders the same wherever it is built. In English dates read day-month
// ("Tue 2 Dec") and times are 12-hour with lower-case am/pm ("7:00 pm"); other languages
// word the pattern from their messages (Schedule.*) and format dates and times with Intl.

/** English day names, as schema.org spells them (https://schema.org/Tuesday). */
export const DAY_NAMES: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
/** Monthly meetings fall on the first to fourth weekday of the month, or the last. */
const MAX_NTH_WEEK = 4;
// Indexed by Date#getUTCDay / getUTCMonth of a floating wall-clock Date.
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "Every Tuesday", "Every other Wednesday", "Second Tuesday of the month", "Last Friday of the
 * month"; in Spanish "Todos los martes", "Cada dos semanas, los miércoles", "Segundo martes de
 * cada mes".
 */
export function describeRule(rule: Pick<MeetingRule, "frequency" | "weekday" | "nthWeek">, locale: Locale = routing.defaultLocale): string {
  const t = translatorFor(locale, "Schedule");
  // Each language names the day as its sentence needs: "every Saturday" but "todos los sábados".
  const day = t(`day.${rule.weekday}`);
  const recurringDay = t(`recurringDay.${rule.weekday}`);
  switch (rule.frequency) {
    case "WEEKLY":
      return t("weekly", { day: recurringDay });
    case "FORTNIGHTLY":
      return t("fortnightly", { day: recurringDay });
    case "MONTHLY_NTH": {
      const nth = rule.nthWeek ?? 0;
      if (nth < 1 || nth > MAX_NTH_WEEK) throw new RangeError(`A monthly meeting needs nthWeek 1-4, got ${String(rule.nthWeek)}`);
      return t("monthlyNth", { nth, day });
    }
    case "MONTHLY_LAST":
      return t("monthlyLast", { day });
  }
}

/** Minutes after midnight as a clock time: 630 -> "10:30 am", 0 -> "12:00 am", 720 -> "12:00 pm"; "10:30" in Spanish. */
export function formatClock(minutes: number, locale: Locale = routing.defaultLocale): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hours = Math.floor(m / 60);
  if (locale !== "en") return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, hours, m % 60));
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(m % 60).padStart(2, "0")} ${hours < 12 ? "am" : "pm"}`;
}

/** "10:00 am – 11:30 am", in the meeting's own local time (wraps past midnight). */
export function formatTimeRange(rule: Pick<MeetingRule, "startMinutes" | "durationMinutes">, locale: Locale = routing.defaultLocale): string {
  return `${formatClock(rule.startMinutes, locale)} – ${formatClock(rule.startMinutes + rule.durationMinutes, locale)}`;
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

/** "Tue 2 Dec" (or "Tue 2 Dec 2025"; "mar, 2 dic" in Spanish): the date of `instant` on the wall calendar of `timeZone`. */
export function formatOccurrenceDate(instant: Date, timeZone: string, { withYear = false }: FormatOccurrenceOptions = {}, locale: Locale = routing.defaultLocale): string {
  const wall = toWallClock(instant, timeZone);
  if (locale !== "en") {
    return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" }).format(wall);
  }
  const date = `${SHORT_DAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${SHORT_MONTHS[wall.getUTCMonth()]}`;
  return withYear ? `${date} ${wall.getUTCFullYear()}` : date;
}

/** "7:00 pm" (or "7:00 pm CST" with the zone): the time of `instant` on the clocks of `timeZone`. */
export function formatOccurrenceTime(instant: Date, timeZone: string, { withZone = false }: FormatOccurrenceOptions = {}, locale: Locale = routing.defaultLocale): string {
  const wall = toWallClock(instant, timeZone);
  const time = formatClock(wall.getUTCHours() * 60 + wall.getUTCMinutes(), locale);
  return withZone ? `${time} ${zoneAbbreviation(instant, timeZone)}` : time;
}

/** "Tue 2 Dec, 7:00 pm CST": date, time and zone name of `instant` in `timeZone`. */
export function formatOccurrence(instant: Date, timeZone: string, { withYear = false, withZone = true }: FormatOccurrenceOptions = {}, locale: Locale = routing.defaultLocale): string {
  return `${formatOccurrenceDate(instant, timeZone, { withYear }, locale)}, ${formatOccurrenceTime(instant, timeZone, { withZone }, locale)}`;
}
