import type { Frequency, Weekday } from "@/lib/db/generated/enums";

/** A recurring meeting as stored: local wall-clock time in an IANA time zone. */
export type MeetingRule = {
  frequency: Frequency;
  weekday: Weekday;
  /** 1-4 for MONTHLY_NTH ("second Tuesday"); ignored otherwise. */
  nthWeek: number | null;
  /** Minutes after local midnight. */
  startMinutes: number;
  durationMinutes: number;
  timeZone: string;
  /** First possible date, local, "YYYY-MM-DD". */
  startDate: string;
  /** Last possible date (inclusive), local, or null for no end. */
  endDate: string | null;
  /** Local dates of cancelled occurrences. */
  cancellations: string[];
};

export type Occurrence = { start: Date; end: Date; localDate: string; cancelled: boolean };

type MeetingRow = {
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

// @db.Date columns arrive as midnight UTC; the UTC calendar date is the stored date.
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function toMeetingRule(row: MeetingRow): MeetingRule {
  return {
    frequency: row.frequency,
    weekday: row.weekday,
    nthWeek: row.nthWeek,
    startMinutes: row.startMinutes,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    startDate: isoDate(row.startDate),
    endDate: row.endDate ? isoDate(row.endDate) : null,
    cancellations: row.cancellations.map((c) => isoDate(c.date)),
  };
}
