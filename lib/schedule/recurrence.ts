import { RRule } from "./rrule-lib";
import { toRRulePattern } from "./rrule-string";
import type { MeetingRule } from "./types";
import { toFloatingDate } from "./wall-clock";

const LAST_SECOND_OF_DAY = 86_399_000;

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
 */
export function buildWallClockSeries(rule: MeetingRule): RRule | null {
  const first = findFirstStart(rule);
  if (!first) return null;
  return new RRule({ ...RRule.parseString(toRRulePattern(rule)), dtstart: first, until: findLastMoment(rule) });
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
