// Dates in the moderation pages: one unambiguous format (UTC, said so) and a rough age.

const stamp = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "27 Nov 2026, 05:54 UTC" */
export const formatStamp = (date: Date) => `${stamp.format(date)} UTC`;

/** "27 Nov 2026" */
export const formatDay = (date: Date) => day.format(date);

/** "today", "yesterday", "5 days ago", "3 months ago", "over a year ago". */
export function formatAge(date: Date, now: Date): string {
  const days = Math.floor((now.getTime() - date.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 60) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  return months < 12 ? `${months} months ago` : months < 24 ? "over a year ago" : `${Math.floor(months / 12)} years ago`;
}
