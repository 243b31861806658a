import { RRule, type RRuleOptions as Options } from "./rrule-lib";
import type { Weekday } from "@/lib/db/generated/enums";
import type { MeetingRule } from "./types";
import { floatingDate } from "./wall-clock";

const WEEKDAYS: Record<Weekday, typeof RRule.MO> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** The RFC 5545 parts of a meeting's pattern (no DTSTART/UNTIL). */
export function recurrenceParts(rule: MeetingRule): Pick<Options, "freq" | "interval" | "byweekday"> {
  const day = WEEKDAYS[rule.weekday];
  switch (rule.frequency) {
    case "WEEKLY":
      return { freq: RRule.WEEKLY, interval: 1, byweekday: [day] };
    case "FORTNIGHTLY":
      return { freq: RRule.WEEKLY, interval: 2, byweekday: [day] };
    case "MONTHLY_NTH":
      return { freq: RRule.MONTHLY, interval: 1, byweekday: [day.nth(rule.nthWeek ?? 1)] };
    case "MONTHLY_LAST":
      return { freq: RRule.MONTHLY, interval: 1, byweekday: [day.nth(-1)] };
  }
}

/** An rrule over floating wall-clock dates, from the first date to the end of the last. */
export function wallClockRRule(rule: MeetingRule): RRule {
  return new RRule({
    ...recurrenceParts(rule),
    wkst: RRule.MO,
    dtstart: floatingDate(rule.startDate, rule.startMinutes),
    until: rule.endDate ? floatingDate(rule.endDate, 24 * 60 - 1) : null,
  });
}
