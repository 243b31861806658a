// How meetings are written down: wall-clock times as minutes after midnight, and calendar
// dates as midnight UTC in @db.Date columns, so no time zone can shift the day.

/** "18:30" -> 1110, or null when it isn't a 24-hour "H:MM" or "HH:MM" time. */
export function parseClock(time: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "2026-01-06" -> the Date a @db.Date column stores for that day. */
export function dateOnly(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Expected a "YYYY-MM-DD" date, got "${date}"`);
  return new Date(`${date}T00:00:00Z`);
}
