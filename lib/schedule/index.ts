export type { Frequency, MeetingRow, MeetingRule, Occurrence, Weekday } from "./types";
export { toMeetingRule } from "./types";
export { listOccurrences, nextOccurrence, type OccurrenceWindow } from "./occurrences";
export { dateOnly, parseClock } from "./calendar-values";
export { toRRule } from "./rrule-string";
export { toInstant, toWallClock } from "./wall-clock";
export {
  DAY_NAMES,
  describeRule,
  formatClock,
  formatOccurrence,
  formatOccurrenceDate,
  formatOccurrenceTime,
  formatTimeRange,
  timeOfDay,
  zoneAbbreviation,
  type FormatOccurrenceOptions,
  type TimeOfDay,
} from "./describe";
