export type { MeetingRule, Occurrence } from "./types";
export { toMeetingRule } from "./types";
export { listOccurrences, nextOccurrence } from "./occurrences";
export { describeRule, formatClock, formatTimeRange, timeOfDay, type TimeOfDay } from "./describe";
export { formatOccurrence, formatOccurrenceDate, formatOccurrenceTime, zoneAbbreviation } from "./format";
export { toRRule } from "./rrule-string";
