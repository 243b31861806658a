import type { PublicMeetingRecord } from "@/lib/groups/public-select";
import { describeRule, formatTimeRange, listOccurrences, toInstant, toMeetingRule, toWallClock, type MeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";
import { toRRulePattern } from "@/lib/schedule/rrule-string";
import { formatLocalDate, toFloatingDate } from "@/lib/schedule/wall-clock";
import { childId } from "./ids";
import type { HsdsSchedule } from "./types";

// A meeting as an HSDS schedule. The recurrence fields come from the same RRULE pattern the
// calendar feeds use (toRRulePattern), so the three cannot disagree. HSDS 3.0 gives a time
// zone only as a UTC offset (upstream issue 265), which changes with daylight saving: the
// offset given is the one in force at the next meeting, and `timezone_name` names the IANA
// zone the local times really follow. Cancelled dates, which HSDS cannot express, are in
// `cancellations`.

const MINUTE = 60_000;

export type ScheduleContext = {
  serviceId: string;
  /** How people attend: "In person", "Online", "In person and online". */
  attendingType: string;
  /** A page showing each date: the group's page. */
  scheduleLink: string;
  now: Date;
};

/** The pieces of the RRULE pattern ("FREQ=MONTHLY;BYDAY=-1FR") that HSDS has fields for. */
function recurrenceFields(rule: MeetingRule): Pick<HsdsSchedule, "freq" | "interval" | "byday"> {
  const parts = new Map(toRRulePattern(rule).split(";").map((part) => part.split("=") as [string, string]));
  const freq = parts.get("FREQ");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") throw new RangeError(`HSDS 3.0 has no frequency ${String(freq)}`);
  return { freq, interval: Number(parts.get("INTERVAL") ?? 1), byday: parts.get("BYDAY") ?? rule.weekday };
}

/** Minutes the zone is ahead of UTC at `instant`. */
const offsetMinutes = (instant: Date, timeZone: string) => Math.round((toWallClock(instant, timeZone).getTime() - instant.getTime()) / MINUTE);

/** "-06:00", "+05:30", "+00:00". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** "10:00" for 600 minutes after midnight (wrapping past midnight). */
function formatTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function toHsdsSchedule(meeting: PublicMeetingRecord, context: ScheduleContext): HsdsSchedule {
  const rule = toMeetingRule(meeting);
  const firstStart = findFirstStart(rule);
  const dtstart = firstStart ? formatLocalDate(firstStart) : rule.startDate;
  const [next] = listOccurrences(rule, { from: context.now, until: new Date(context.now.getTime() + 400 * 86_400_000), limit: 1, includeCancelled: true });
  const reference = next?.start ?? toInstant(firstStart ?? toFloatingDate(rule.startDate, rule.startMinutes), rule.timeZone);
  const offset = offsetMinutes(reference, rule.timeZone);
  const suffix = formatOffset(offset);
  return {
    id: childId(context.serviceId, `schedule/${meeting.id}`),
    service_id: context.serviceId,
    ...recurrenceFields(rule),
    wkst: "MO",
    dtstart,
    ...(rule.endDate && { until: rule.endDate }),
    timezone: offset / 60,
    opens_at: `${formatTime(rule.startMinutes)}${suffix}`,
    closes_at: `${formatTime(rule.startMinutes + rule.durationMinutes)}${suffix}`,
    description: `${describeRule(rule)}, ${formatTimeRange(rule)}`,
    attending_type: context.attendingType,
    schedule_link: context.scheduleLink,
    ...(meeting.label && { notes: meeting.label }),
    timezone_name: rule.timeZone,
    cancellations: meeting.cancellations.map((c) => ({ date: c.date.toISOString().slice(0, 10), ...(c.reason && { reason: c.reason }) })),
  };
}
