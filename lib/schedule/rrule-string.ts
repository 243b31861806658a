import { RRule } from "./rrule-lib";
import { recurrenceParts } from "./recurrence";
import type { MeetingRule } from "./types";
import { floatingDate, floatingToInstant } from "./wall-clock";

/**
 * The RRULE value for a meeting: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE". With an end date,
 * UNTIL is the UTC instant at the end of that local day, as RFC 5545 requires when
 * DTSTART carries a TZID.
 */
export function toRRule(rule: MeetingRule): string {
  const until = rule.endDate ? floatingToInstant(floatingDate(rule.endDate, 24 * 60 - 1), rule.timeZone) : null;
  const text = RRule.optionsToString({ ...recurrenceParts(rule), wkst: RRule.MO, until: until ?? undefined });
  return text.replace(/^RRULE:/, "").replace(/;?WKST=MO/, "").replace(/INTERVAL=1;?/, "").replace(/;$/, "");
}
