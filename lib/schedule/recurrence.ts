import { RRule } from "./rrule-lib";
import { toRRulePattern } from "./rrule-string";
import type { MeetingRule } from "./types";
import { toFloatingDate } from "./wall-clock";

const LAST_SECOND_OF_DAY = 86_399_000;
const DAY = 86_400_000;
const WEEKDAY_INDEX: Record<MeetingRule["weekday"], number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

/**
 * The wall-clock start of a meeting's first occurrence (a floating Date), or null when the
 * end date comes before any. The stored start date need not fall on the meeting's weekday;
 * the first meeting is the first matching date on or after it. Fortnights are counted
 * from that meeting, and the feed uses it as DTSTART, which RFC 5545 always counts as an
 * occurrence.
 */
export function findFirstStart(rule: MeetingRule): Date | null {
  assertSaneTimes(rule);
  const from = toFloatingDate(rule.startDate, rule.startMinutes);
  // Interval 1 finds the first matching weekday even for fortnightly meetings, whose
  // "on" weeks are not yet anchored.
  const finder = new RRule({ ...RRule.parseString(toRRulePattern(rule)), interval: 1, dtstart: from, until: findLastMoment(rule) });
  return finder.after(from, true);
}

/**
 * A meeting's series over floating wall-clock dates (rrule's "floating UTC" form: each
 * Date's UTC fields are the local time). Null when it has no occurrence at all.
 *
 * With `notBefore`, the series starts from its last occurrence on or before that moment
 * instead of the first meeting: the same dates from there on, but rrule, which walks every
 * occurrence from its start, no longer steps through years of weeks for each date asked
 * (a third of the server's time on a search page). Fortnights stay counted from the first
 * meeting, in whole fortnights.
 */
export function buildWallClockSeries(rule: MeetingRule, notBefore?: Date): RRule | null {
  const first = findFirstStart(rule);
  if (!first) return null;
  const start = notBefore && notBefore > first ? latestStartBefore(rule, first, notBefore) : first;
  return new RRule({ ...RRule.parseString(toRRulePattern(rule)), dtstart: start, until: findLastMoment(rule) });
}

/** An occurrence of the series (from `first`) on or before `notBefore`, as late as is simple to know. */
function latestStartBefore(rule: MeetingRule, first: Date, notBefore: Date): Date {
  if (rule.frequency === "WEEKLY" || rule.frequency === "FORTNIGHTLY") {
    // Floating dates have no clock changes: every period is exactly this long.
    const period = (rule.frequency === "WEEKLY" ? 7 : 14) * DAY;
    return new Date(first.getTime() + Math.floor((notBefore.getTime() - first.getTime()) / period) * period);
  }
  // Monthly meetings fall in every month: take the one of the month before.
  const month = new Date(Date.UTC(notBefore.getUTCFullYear(), notBefore.getUTCMonth() - 1, 1));
  const candidate = monthlyDate(rule, month.getUTCFullYear(), month.getUTCMonth());
  return candidate > first ? candidate : first;
}

/** The wall-clock start of a monthly meeting in one month: its nth (or last) weekday. */
function monthlyDate(rule: MeetingRule, year: number, month: number): Date {
  const weekday = WEEKDAY_INDEX[rule.weekday];
  let day: number;
  if (rule.frequency === "MONTHLY_LAST") {
    const last = new Date(Date.UTC(year, month + 1, 0));
    day = last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  } else {
    const firstOfMonth = new Date(Date.UTC(year, month, 1)).getUTCDay();
    day = 1 + ((weekday - firstOfMonth + 7) % 7) + ((rule.nthWeek ?? 1) - 1) * 7;
  }
  return new Date(Date.UTC(year, month, day) + rule.startMinutes * 60_000);
}

/** The end of the (inclusive) local end date, as a floating Date. */
function findLastMoment(rule: MeetingRule): Date | null {
  return rule.endDate ? new Date(toFloatingDate(rule.endDate).getTime() + LAST_SECOND_OF_DAY) : null;
}

function assertSaneTimes(rule: MeetingRule): void {
  if (!Number.isInteger(rule.startMinutes) || rule.startMinutes < 0 || rule.startMinutes >= 1440) {
    throw new RangeError(`startMinutes must be 0-1439, got ${rule.startMinutes}`);
  }
  if (!Number.isInteger(rule.durationMinutes) || rule.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be a positive whole number, got ${rule.durationMinutes}`);
  }
}
