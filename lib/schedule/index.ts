export type { Frequency, MeetingRow, MeetingRule, Occurrence, Weekday } from "./types";
export { toMeetingRule } from "./types";
export { listOccurrences, nextOccurrence, type OccurrenceWindow } from "./occurrences";
export { toRRule } from "./rrule-string";
export { toInstant, toWallClock } from "./wall-clock";
export {
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
