// Dates as people read them: a stamp in one unambiguous format (UTC, said so), a day on the
// calendar of a time zone, and a rough age.

const stampOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" } as const;
const dayOptions = { day: "numeric", month: "short", year: "numeric" } as const;

/** English dates read day-month ("27 Nov 2026"); other languages their own way ("27 nov 2026"). */
const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** "27 Nov 2026, 05:54 UTC" ("27 nov 2026, 05:54 UTC" in Spanish) */
export const formatStamp = (date: Date, locale = "en") => `${new Intl.DateTimeFormat(dateLocale(locale), stampOptions).format(date)} UTC`;

/** "27 Nov 2026", on the calendar of `timeZone` (UTC when the zone is unknown). */
export function formatDay(date: Date, timeZone = "UTC", locale = "en"): string {
  try {
    return new Intl.DateTimeFormat(dateLocale(locale), { ...dayOptions, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(dateLocale(locale), { ...dayOptions, timeZone: "UTC" }).format(date);
  }
}

/** How long ago, roughly, as a unit and a count: what a page words in its language. */
export type Age = { unit: "today" | "yesterday" | "days" | "months" | "overYear" | "years"; count: number };

export function ageOf(date: Date, now: Date): Age {
  const days = Math.floor((now.getTime() - date.getTime()) / 86_400_000);
  if (days <= 0) return { unit: "today", count: 0 };
  if (days === 1) return { unit: "yesterday", count: 1 };
  if (days < 60) return { unit: "days", count: days };
  const months = Math.floor(days / 30.44);
  return months < 12 ? { unit: "months", count: months } : months < 24 ? { unit: "overYear", count: 1 } : { unit: "years", count: Math.floor(months / 12) };
}

/** "today", "yesterday", "5 days ago", "3 months ago", "over a year ago". */
export function formatAge(date: Date, now: Date): string {
  const { unit, count } = ageOf(date, now);
  if (unit === "today" || unit === "yesterday") return unit;
  if (unit === "overYear") return "over a year ago";
  return `${count} ${unit} ago`;
}
