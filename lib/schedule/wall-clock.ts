import { fromZonedTime, toZonedTime } from "date-fns-tz";

// rrule computes in "floating" time: a Date whose UTC fields hold the local wall-clock
// values. These helpers move between that and real instants in an IANA zone.

/** The floating Date for a local date and minutes after midnight. */
export function floatingDate(isoDate: string, minutes = 0): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60));
}

/**
 * The real instant of a floating wall-clock time in `timeZone`. A time that does not
 * exist (skipped by a spring-forward change, e.g. 02:30) lands an hour later, which is
 * when the clocks on the wall would next show a time after it.
 */
export function floatingToInstant(floating: Date, timeZone: string): Date {
  const instant = fromZonedTime(floating.toISOString().slice(0, 19), timeZone);
  // Read the wall clock back: if it differs, the requested time fell in a DST gap.
  const shownAgain = toZonedTime(instant, timeZone);
  const wallClockBack = Date.UTC(shownAgain.getFullYear(), shownAgain.getMonth(), shownAgain.getDate(), shownAgain.getHours(), shownAgain.getMinutes());
  const gap = floating.getTime() - wallClockBack;
  return gap > 0 ? new Date(instant.getTime() + gap) : instant;
}

export const floatingIsoDate = (floating: Date) => floating.toISOString().slice(0, 10);
