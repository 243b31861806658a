// Dates as people read them: a stamp in one unambiguous format (UTC, said so), a day on the
// calendar of a time zone, and a rough age.

const stamp = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const dayOptions = { day: "numeric", month: "short", year: "numeric" } as const;

/** "27 Nov 2026, 05:54 UTC" */
export const formatStamp = (date: Date) => `${stamp.format(date)} UTC`;

/** English dates read day-month ("27 Nov 2026"); other languages their own way ("27 nov 2026"). */
const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** "27 Nov 2026", on the calendar of `timeZone` (UTC when the zone is unknown). */
export function formatDay(date: Date, timeZone = "UTC", locale = "en"): string {
  try {
    return new Intl.DateTimeFormat(dateLocale(locale), { ...dayOptions, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(dateLocale(locale), { ...dayOptions, timeZone: "UTC" }).format(date);
  }
}

/** "today", "yesterday", "5 days ago", "3 months ago", "over a year ago". */
export function formatAge(date: Date, now: Date): string {
  const days = Math.floor((now.getTime() - date.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 60) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  return months < 12 ? `${months} months ago` : months < 24 ? "over a year ago" : `${Math.floor(months / 12)} years ago`;
}
