// rrule computes in "floating" time: a Date whose UTC fields hold local wall-clock values
// (the "floating UTC" technique). These helpers move between that and real instants in an
// IANA zone. They use Intl only and never read the server's own zone: date-fns-tz resolves
// ambiguous times differently depending on the machine's zone, and pushes skipped times
// backwards, so it is not used here.

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFieldFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what we want for bad data.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `instant`, as a floating Date. */
export function toWallClock(instant: Date, timeZone: string): Date {
  const fields: Record<string, number> = {};
  for (const part of getFieldFormatter(timeZone).formatToParts(instant)) fields[part.type] = Number(part.value);
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, instant.getUTCMilliseconds()));
}

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  return toWallClock(new Date(instantMs), timeZone).getTime() - instantMs;
}

/**
 * The real instant at which the wall clock in `timeZone` shows `wallClock`, following
 * RFC 5545 (section 3.3.5), so our dates agree with calendar apps reading our feeds:
 * - a time skipped by a spring-forward change (02:30 on the changeover day in New York)
 *   is read with the offset in force before the gap, i.e. it moves forward by the size
 *   of the gap: 02:30 becomes 03:30 daylight time;
 * - a time that happens twice in an autumn change (01:30) is the first of the two.
 */
export function toInstant(wallClock: Date, timeZone: string): Date {
  const wall = wallClock.getTime();
  // No zone changes its offset twice within two days, so the offsets a day either side
  // are the only ones that can apply.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The floating Date for a local "YYYY-MM-DD" plus minutes after midnight. */
export function toFloatingDate(localDate: string, minutes = 0): Date {
  const match = DATE_PATTERN.exec(localDate);
  const midnight = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over into March; reading the date back catches that.
  if (!midnight || formatLocalDate(midnight) !== localDate) throw new RangeError(`Not a calendar date: "${localDate}"`);
  return new Date(midnight.getTime() + minutes * MINUTE);
}

/** "YYYY-MM-DD" of a floating Date. */
export function formatLocalDate(floating: Date): string {
  return floating.toISOString().slice(0, 10);
}

/** "YYYYMMDDTHHMMSS", the iCalendar form of a local time (no zone letter). */
export function formatICalLocal(floating: Date): string {
  return floating.toISOString().slice(0, 19).replace(/[-:]/g, "");
}

/** "YYYYMMDDTHHMMSSZ", the iCalendar form of a UTC instant. */
export function formatICalUtc(instant: Date): string {
  return `${formatICalLocal(instant)}Z`;
}
