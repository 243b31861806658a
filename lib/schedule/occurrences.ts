import { buildWallClockSeries } from "./recurrence";
import type { MeetingRule, Occurrence } from "./types";
import { formatLocalDate, toInstant } from "./wall-clock";

const MINUTE = 60_000;
const DAY = 86_400_000;
// nextOccurrence looks this far ahead; only a meeting cancelled for ten years runs out.
const NEXT_HORIZON = 3653 * DAY;

export type OccurrenceWindow = { from: Date; until: Date; limit?: number; includeCancelled?: boolean };

/**
 * A meeting's occurrences that have not ended by `from` (so one in progress is included)
 * and start before `until`, as real instants in order. Cancelled dates are left out, or
 * kept and marked with `cancelled: true` when `includeCancelled` is set.
 *
 * Each occurrence keeps its local wall-clock time across daylight-saving changes (its UTC
 * instant moves instead). A start time that the clocks skip that day runs from the same
 * time after the gap (02:30 becomes 03:30), still for `durationMinutes`; see toInstant.
 */
export function listOccurrences(rule: MeetingRule, { from, until, limit = Infinity, includeCancelled = false }: OccurrenceWindow): Occurrence[] {
  if (limit <= 0 || until <= from) return [];
  const durationMs = rule.durationMinutes * MINUTE;
  // The series is in wall-clock time, up to 14 hours from UTC either way: widen the window
  // by more than that (and by the meeting's length), then filter on the real instants.
  const margin = DAY + durationMs;
  const series = buildWallClockSeries(rule, new Date(from.getTime() - margin));
  if (!series) return [];
  const cancelled = new Set(rule.cancellations);
  const result: Occurrence[] = [];
  series.between(new Date(from.getTime() - margin), new Date(until.getTime() + margin), true, (wallClock) => {
    const start = toInstant(wallClock, rule.timeZone);
    const end = new Date(start.getTime() + durationMs);
    if (end > from && start < until) {
      const localDate = formatLocalDate(wallClock);
      const isCancelled = cancelled.has(localDate);
      if (includeCancelled || !isCancelled) result.push({ start, end, localDate, cancelled: isCancelled });
    }
    // rrule stops iterating once this returns false.
    return result.length < limit;
  });
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The earliest occurrence across several meetings that is not cancelled and has not yet
 * ended at `from` (a meeting in progress counts). Ties go to the meeting listed first.
 */
export function nextOccurrence(rules: MeetingRule[], from: Date): (Occurrence & { ruleIndex: number }) | null {
  let best: (Occurrence & { ruleIndex: number }) | null = null;
  rules.forEach((rule, ruleIndex) => {
    // Nothing starting at or after the best so far can beat it, so search only up to it.
    const until = best ? best.start : new Date(from.getTime() + NEXT_HORIZON);
    const [first] = listOccurrences(rule, { from, until, limit: 1 });
    if (first && (!best || first.start < best.start)) best = { ...first, ruleIndex };
  });
  return best;
}
