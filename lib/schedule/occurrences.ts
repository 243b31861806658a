import { wallClockRRule } from "./recurrence";
import type { MeetingRule, Occurrence } from "./types";
import { floatingIsoDate, floatingToInstant } from "./wall-clock";

const HOUR = 3_600_000;
// No zone is more than 14 hours from UTC: this margin keeps every candidate in the window.
const ZONE_MARGIN = 15 * HOUR;

type Window = { from: Date; until: Date; limit?: number; includeCancelled?: boolean };

/**
 * A meeting's occurrences that have not ended by `from` and start before `until`,
 * as real instants, in order. Cancelled ones are left out unless asked for.
 */
export function listOccurrences(rule: MeetingRule, { from, until, limit, includeCancelled = false }: Window): Occurrence[] {
  const cancelled = new Set(rule.cancellations);
  const floatingFrom = new Date(from.getTime() - ZONE_MARGIN - rule.durationMinutes * 60_000);
  const floatingUntil = new Date(until.getTime() + ZONE_MARGIN);
  const result: Occurrence[] = [];
  for (const floating of wallClockRRule(rule).between(floatingFrom, floatingUntil, true)) {
    const start = floatingToInstant(floating, rule.timeZone);
    const end = new Date(start.getTime() + rule.durationMinutes * 60_000);
    if (end <= from || start >= until) continue;
    const localDate = floatingIsoDate(floating);
    const isCancelled = cancelled.has(localDate);
    if (isCancelled && !includeCancelled) continue;
    result.push({ start, end, localDate, cancelled: isCancelled });
    if (limit && result.length >= limit) break;
  }
  return result;
}

/** The earliest upcoming (not cancelled, not yet ended) occurrence across several meetings. */
export function nextOccurrence(rules: MeetingRule[], from: Date): (Occurrence & { ruleIndex: number }) | null {
  // Monthly meetings recur at least every five weeks; a year covers long cancellations too.
  const until = new Date(from.getTime() + 400 * 24 * HOUR);
  let best: (Occurrence & { ruleIndex: number }) | null = null;
  rules.forEach((rule, ruleIndex) => {
    const [first] = listOccurrences(rule, { from, until, limit: 1 });
    if (first && (!best || first.start < best.start)) best = { ...first, ruleIndex };
  });
  return best;
}
