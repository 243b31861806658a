import { toRRule, type MeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";

// A meeting's schedule for machines, beside the words people read ("Every other Tuesday"):
// enough to rebuild every date without Village's code, the way a calendar does.

export type MeetingScheduleFields = {
  /** RFC 5545 RRULE value: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", with UNTIL (UTC) when the meeting has a last date. */
  rrule: string;
  /** The first meeting, local wall-clock time in the meeting's timeZone ("2026-01-06T10:00:00"): the RRULE's DTSTART, from which fortnights count. Null when the last date comes before any meeting. */
  dtstart: string | null;
  /** Local start, "HH:MM" (24-hour). */
  startTime: string;
  durationMinutes: number;
  /** Cancelled dates (local "YYYY-MM-DD"), each an EXDATE at startTime. */
  cancellations: { date: string; reason: string | null }[];
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function toMeetingScheduleFields(rule: MeetingRule, cancellations: { date: Date; reason: string | null }[]): MeetingScheduleFields {
  const first = findFirstStart(rule);
  const hours = Math.floor(rule.startMinutes / 60);
  return {
    rrule: toRRule(rule),
    // A floating Date's UTC fields are the local time.
    dtstart: first ? first.toISOString().slice(0, 19) : null,
    startTime: `${String(hours).padStart(2, "0")}:${String(rule.startMinutes % 60).padStart(2, "0")}`,
    durationMinutes: rule.durationMinutes,
    cancellations: cancellations.map((c) => ({ date: isoDate(c.date), reason: c.reason })),
  };
}
