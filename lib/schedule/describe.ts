import type { Weekday } from "@/lib/db/generated/enums";
import type { MeetingRule } from "./types";

const DAY_NAMES: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const ORDINALS = ["First", "Second", "Third", "Fourth"];

/** "Every Tuesday", "Every other Wednesday", "First Thursday of the month", "Last Friday of the month". */
export function describeRule(rule: Pick<MeetingRule, "frequency" | "weekday" | "nthWeek">): string {
  const day = DAY_NAMES[rule.weekday];
  switch (rule.frequency) {
    case "WEEKLY":
      return `Every ${day}`;
    case "FORTNIGHTLY":
      return `Every other ${day}`;
    case "MONTHLY_NTH":
      return `${ORDINALS[(rule.nthWeek ?? 1) - 1] ?? "First"} ${day} of the month`;
    case "MONTHLY_LAST":
      return `Last ${day} of the month`;
  }
}

/** 630 -> "10:30 am"; 0 -> "12:00 am"; 1140 -> "7:00 pm". */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hours = Math.floor(m / 60);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}:${String(m % 60).padStart(2, "0")} ${hours < 12 ? "am" : "pm"}`;
}

/** "10:00 am – 11:30 am" in the meeting's own local time. */
export function formatTimeRange(rule: Pick<MeetingRule, "startMinutes" | "durationMinutes">): string {
  return `${formatClock(rule.startMinutes)} – ${formatClock(rule.startMinutes + rule.durationMinutes)}`;
}

export type TimeOfDay = "morning" | "afternoon" | "evening";

export function timeOfDay(startMinutes: number): TimeOfDay {
  if (startMinutes < 12 * 60) return "morning";
  if (startMinutes < 17 * 60) return "afternoon";
  return "evening";
}
