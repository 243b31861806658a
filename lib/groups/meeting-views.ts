import { describeRule, formatTimeRange, listOccurrences, nextOccurrence, toMeetingRule, type MeetingRule } from "@/lib/schedule";
import { toMeetingScheduleFields, type MeetingScheduleFields } from "./meeting-schedule-fields";
import type { PublicMeetingRecord } from "./public-select";

export type NextMeeting = { start: string; end: string; timeZone: string; label: string | null };

export type MeetingView = {
  id: string;
  label: string | null;
  /** The rule the words below come from, so a page can word it in its own language. */
  rule: Pick<MeetingRule, "frequency" | "weekday" | "nthWeek" | "startMinutes" | "durationMinutes">;
  /** "Every Tuesday" (English, as the JSON API gives it) */
  pattern: string;
  /** "10:00 am – 11:30 am" */
  timeRange: string;
  timeZone: string;
  startDate: string;
  endDate: string | null;
} & MeetingScheduleFields;

export type UpcomingDate = { start: string; end: string; timeZone: string; label: string | null; cancelled: boolean; reason: string | null };

export const meetingRules = (meetings: PublicMeetingRecord[]): MeetingRule[] => meetings.map((m) => toMeetingRule(m));

export function findNextMeeting(meetings: PublicMeetingRecord[], now: Date): NextMeeting | null {
  const next = nextOccurrence(meetingRules(meetings), now);
  if (!next) return null;
  const meeting = meetings[next.ruleIndex]!;
  return { start: next.start.toISOString(), end: next.end.toISOString(), timeZone: meeting.timeZone, label: meeting.label };
}

export function describeMeetings(meetings: PublicMeetingRecord[]): MeetingView[] {
  return meetings.map((m) => {
    const rule = toMeetingRule(m);
    return {
      id: m.id,
      label: m.label,
      rule: { frequency: rule.frequency, weekday: rule.weekday, nthWeek: rule.nthWeek, startMinutes: rule.startMinutes, durationMinutes: rule.durationMinutes },
      pattern: describeRule(rule),
      timeRange: formatTimeRange(rule),
      timeZone: m.timeZone,
      startDate: rule.startDate,
      endDate: rule.endDate,
      ...toMeetingScheduleFields(rule, m.cancellations),
    };
  });
}

/** Every date of every meeting in the next `days` days (nine weeks shows two monthly dates), cancelled ones included and marked. */
export function listUpcomingDates(meetings: PublicMeetingRecord[], now: Date, days = 63): UpcomingDate[] {
  const until = new Date(now.getTime() + days * 86_400_000);
  return meetings
    .flatMap((m) => {
      const reasons = new Map(m.cancellations.map((c) => [c.date.toISOString().slice(0, 10), c.reason]));
      return listOccurrences(toMeetingRule(m), { from: now, until, includeCancelled: true }).map((o) => ({
        start: o.start.toISOString(),
        end: o.end.toISOString(),
        timeZone: m.timeZone,
        label: m.label,
        cancelled: o.cancelled,
        reason: o.cancelled ? (reasons.get(o.localDate) ?? null) : null,
      }));
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}
