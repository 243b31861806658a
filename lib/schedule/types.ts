// The same unions as the Prisma enums (Frequency, Weekday), spelled out so this module
// needs neither the generated client nor a database to run.
export type Frequency = "WEEKLY" | "FORTNIGHTLY" | "MONTHLY_NTH" | "MONTHLY_LAST";
export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

/** A recurring meeting as stored: local wall-clock time in an IANA time zone. */
export type MeetingRule = {
  frequency: Frequency;
  weekday: Weekday;
  /** 1-4 for MONTHLY_NTH ("second Tuesday"); ignored otherwise. A fifth is never used: "last" covers it. */
  nthWeek: number | null;
  /** Local wall-clock start, minutes after midnight (0-1439). */
  startMinutes: number;
  durationMinutes: number;
  /** IANA zone, e.g. "America/Chicago". */
  timeZone: string;
  /** First possible date, local, "YYYY-MM-DD". Need not fall on the weekday. */
  startDate: string;
  /** Last possible date (inclusive), local "YYYY-MM-DD", or null for no end. */
  endDate: string | null;
  /** Local dates ("YYYY-MM-DD") of cancelled occurrences. */
  cancellations: string[];
};

/** One meeting as real instants; `localDate` is its date on the meeting's own wall calendar. */
export type Occurrence = { start: Date; end: Date; localDate: string; cancelled: boolean };

/** A Meeting row as Prisma returns it, with its cancellations. */
export type MeetingRow = {
  frequency: Frequency;
  weekday: Weekday;
  nthWeek: number | null;
  startMinutes: number;
  durationMinutes: number;
  timeZone: string;
  startDate: Date;
  endDate: Date | null;
  cancellations: { date: Date }[];
};

// @db.Date columns arrive as midnight UTC: the UTC calendar date is the stored local date.
const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

export function toMeetingRule(row: MeetingRow): MeetingRule {
  return {
    frequency: row.frequency,
    weekday: row.weekday,
    nthWeek: row.nthWeek,
    startMinutes: row.startMinutes,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    startDate: toIsoDate(row.startDate),
    endDate: row.endDate ? toIsoDate(row.endDate) : null,
    cancellations: [...new Set(row.cancellations.map((c) => toIsoDate(c.date)))].sort(),
  };
}
