import type { Frequency, Weekday } from "@/lib/db/generated/client";
import type { MeetingSeed } from "./seed-listing";

/**
 * A demo meeting described relative to the seed date, so that start dates stay in the past
 * and cancellations and end dates stay in the future however late the seed is run.
 */
export type DemoMeeting = {
  label?: string;
  frequency: Frequency;
  weekday: Weekday;
  nthWeek?: number;
  startTime: string;
  durationMinutes: number;
  /** The series began with the first occurrence on or after this many days before the seed date. */
  startedDaysAgo?: number;
  /** The series ends this many days after the seed date. */
  endsInDays?: number;
  /** Cancel the nth upcoming occurrence (1 = the next one at least two days away). */
  cancelUpcoming?: { nth: number; reason: string }[];
};

const DAY = 86_400_000;
const jsDay: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

/** Midnight UTC of the given instant's UTC calendar day. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function weekdayOnOrAfter(date: Date, weekday: Weekday): Date {
  return addDays(date, (jsDay[weekday] - date.getUTCDay() + 7) % 7);
}

/** The nth (1-4) weekday of a month, or the last one when nth is "last". */
function weekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number | "last"): Date {
  if (nth === "last") {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return addDays(lastDay, -((lastDay.getUTCDay() - jsDay[weekday] + 7) % 7));
  }
  return addDays(weekdayOnOrAfter(new Date(Date.UTC(year, month, 1)), weekday), 7 * (nth - 1));
}

type Rule = { frequency: Frequency; weekday: Weekday; nthWeek?: number | null };

/** Occurrence dates (UTC midnights) of a rule, on or after `from`, starting no earlier than `start`. */
export function occurrencesFrom(rule: Rule, start: Date, from: Date, count: number): Date[] {
  const result: Date[] = [];
  const floor = from > start ? from : start;
  if (rule.frequency === "WEEKLY" || rule.frequency === "FORTNIGHTLY") {
    const step = rule.frequency === "WEEKLY" ? 7 : 14;
    const first = weekdayOnOrAfter(start, rule.weekday);
    const skip = Math.max(0, Math.ceil((floor.getTime() - first.getTime()) / (step * DAY)));
    for (let i = 0; i < count; i++) result.push(addDays(first, (skip + i) * step));
    return result;
  }
  const nth = rule.frequency === "MONTHLY_LAST" ? "last" : (rule.nthWeek ?? 1);
  for (let m = 0; result.length < count && m < count + 24; m++) {
    const date = weekdayOfMonth(floor.getUTCFullYear(), floor.getUTCMonth() + m, rule.weekday, nth);
    if (date >= floor) result.push(date);
  }
  return result;
}

/** Turns a relative demo meeting into the factory's absolute form. */
export function resolveMeeting(meeting: DemoMeeting, now: Date): MeetingSeed {
  const today = startOfUtcDay(now);
  const rule = { frequency: meeting.frequency, weekday: meeting.weekday, nthWeek: meeting.nthWeek };
  const earliest = addDays(today, -(meeting.startedDaysAgo ?? 180));
  const [startDate] = occurrencesFrom(rule, earliest, earliest, 1);
  const cancels = meeting.cancelUpcoming ?? [];
  const upcoming = cancels.length
    ? occurrencesFrom(rule, startDate ?? earliest, addDays(today, 2), Math.max(...cancels.map((c) => c.nth)))
    : [];
  return {
    label: meeting.label ?? null,
    frequency: meeting.frequency,
    weekday: meeting.weekday,
    nthWeek: meeting.frequency === "MONTHLY_NTH" ? (meeting.nthWeek ?? 1) : null,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    startDate: isoDate(startDate ?? earliest),
    endDate: meeting.endsInDays !== undefined ? isoDate(addDays(today, meeting.endsInDays)) : null,
    cancellations: cancels.flatMap((c) => {
      const date = upcoming[c.nth - 1];
      return date ? [{ date: isoDate(date), reason: c.reason }] : [];
    }),
  };
}

// Short constructors for hand-written listings.
type Extra = Omit<DemoMeeting, "frequency" | "weekday" | "startTime" | "durationMinutes" | "nthWeek">;
export const weekly = (weekday: Weekday, startTime: string, durationMinutes: number, extra: Extra = {}): DemoMeeting => ({ frequency: "WEEKLY", weekday, startTime, durationMinutes, ...extra });
export const fortnightly = (weekday: Weekday, startTime: string, durationMinutes: number, extra: Extra = {}): DemoMeeting => ({ frequency: "FORTNIGHTLY", weekday, startTime, durationMinutes, ...extra });
export const monthlyNth = (nthWeek: number, weekday: Weekday, startTime: string, durationMinutes: number, extra: Extra = {}): DemoMeeting => ({ frequency: "MONTHLY_NTH", nthWeek, weekday, startTime, durationMinutes, ...extra });
export const monthlyLast = (weekday: Weekday, startTime: string, durationMinutes: number, extra: Extra = {}): DemoMeeting => ({ frequency: "MONTHLY_LAST", weekday, startTime, durationMinutes, ...extra });
