import type { MeetingRule } from "./types";
import { formatICalUtc, toFloatingDate, toInstant } from "./wall-clock";

/**
 * The pattern part of a meeting's RRULE, without an end: "FREQ=MONTHLY;BYDAY=-1FR".
 * Both the iCalendar feed and our own expansion (recurrence.ts) are built from this one
 * string, so the dates on the site and in people's calendars cannot disagree.
 */
export function toRRulePattern(rule: Pick<MeetingRule, "frequency" | "weekday" | "nthWeek">): string {
  switch (rule.frequency) {
    case "WEEKLY":
      return `FREQ=WEEKLY;BYDAY=${rule.weekday}`;
    case "FORTNIGHTLY":
      // Counted from DTSTART, which recurrence.ts puts on the first meeting itself, so WKST
      // cannot move which weeks are "on".
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${rule.weekday}`;
    case "MONTHLY_NTH": {
      const nth = rule.nthWeek;
      if (nth === null || !Number.isInteger(nth) || nth < 1 || nth > 4) {
        throw new RangeError(`A monthly meeting needs nthWeek 1-4 (use MONTHLY_LAST for the last), got ${String(nth)}`);
      }
      return `FREQ=MONTHLY;BYDAY=${nth}${rule.weekday}`;
    }
    case "MONTHLY_LAST":
      return `FREQ=MONTHLY;BYDAY=-1${rule.weekday}`;
  }
}

/**
 * The RFC 5545 RRULE value for a meeting, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE". With an
 * end date, UNTIL is the UTC instant at the end (23:59:59) of that local day: RFC 5545
 * requires UNTIL in UTC when DTSTART carries a TZID, and the end date is inclusive.
 */
export function toRRule(rule: MeetingRule): string {
  const pattern = toRRulePattern(rule);
  if (!rule.endDate) return pattern;
  const endOfDay = toInstant(new Date(toFloatingDate(rule.endDate).getTime() + 86_399_000), rule.timeZone);
  return `${pattern};UNTIL=${formatICalUtc(endOfDay)}`;
}
