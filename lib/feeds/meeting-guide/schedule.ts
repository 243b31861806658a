import { z } from "zod";
import { MAX_DURATION, MIN_DURATION } from "@/lib/listings/meeting-choices";
import type { MeetingValues } from "@/lib/listings/meeting-schema";
import { isTimeZone } from "@/lib/listings/schema-parts";
import type { MeetingRule, Weekday } from "@/lib/schedule";
import { formatLocalDate, toWallClock } from "@/lib/schedule/wall-clock";

// A meeting's time in the Meeting Guide format, both ways: day (0-6, Sunday 0), time and
// end_time ("HH:MM", 24-hour, local) and timezone (IANA). The format knows weekly meetings
// only, so only a weekly meeting has such a time, and a row read back is weekly.

/** Sunday first, as the format counts days. */
const WEEKDAYS_FROM_SUNDAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const satisfies readonly Weekday[];

/** The format's default length when a row has no end_time. */
export const MEETING_GUIDE_DEFAULT_MINUTES = 60;

export type MeetingGuideSchedule = { day: number; time: string; end_time: string; timezone: string };

const clock = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

/** A weekly meeting's time as the format writes it. An end past midnight reads as the clock shows it ("00:30"). */
export function toMeetingGuideSchedule(rule: Pick<MeetingRule, "weekday" | "startMinutes" | "durationMinutes" | "timeZone">): MeetingGuideSchedule {
  return {
    day: WEEKDAYS_FROM_SUNDAY.indexOf(rule.weekday),
    time: clock(rule.startMinutes),
    end_time: clock(rule.startMinutes + rule.durationMinutes),
    timezone: rule.timeZone,
  };
}

// ---------------------------------------------------------------- reading a row back

const DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// The format writes "HH:MM"; feeds in the wild also send "9:30" and "09:30:00".
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

const empty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** 0-6, "0"-"6", or an English day name (the 12 Step Meeting List plugin accepts those too). */
const oneDay = z.union([
  z.number().int().min(0).max(6),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((day) => /^[0-6]$/.test(day) || DAY_NAMES.includes(day))
    .transform((day) => (/^[0-6]$/.test(day) ? Number(day) : DAY_NAMES.indexOf(day))),
]);

const clockMinutes = (field: string) => {
  const message = `${field} must be a 24-hour "HH:MM" time.`;
  return z
    .string({ error: message })
    .trim()
    .regex(CLOCK, message)
    .transform((time) => {
      const [hours = "0", minutes = "0"] = time.split(":");
      return Number(hours) * 60 + Number(minutes);
    });
};

const rowSchema = z.object({
  day: z.union([oneDay.transform((day) => [day]), z.array(oneDay).min(1)], {
    error: "day must be 0-6 (Sunday is 0), or a list of them.",
  }),
  time: clockMinutes("time"),
  end_time: z.preprocess((value) => (empty(value) ? undefined : value), clockMinutes("end_time").optional()),
  timezone: z.preprocess(
    (value) => (empty(value) ? undefined : value),
    z
      .string()
      .trim()
      .refine(isTimeZone, { error: "timezone must be an IANA time zone such as America/New_York." })
      .optional(),
  ),
});

/** The schedule fields of a Meeting Guide row, as a feed sends them (anything may be wrong). */
export type MeetingGuideScheduleFields = { day?: unknown; time?: unknown; end_time?: unknown; timezone?: unknown };

export type MeetingGuideScheduleReading =
  | {
      ok: true;
      /** The zone the times are in: the row's, else the one given as the fallback. Village keeps it on the group. */
      timeZone: string;
      /** One weekly meeting per day of the row, in the listing form's values. */
      meetings: MeetingValues[];
    }
  | {
      ok: false;
      /** "by-appointment": the row has no day or no time, which the format allows; "invalid": a field is wrong. */
      reason: "by-appointment" | "invalid";
      field: "day" | "time" | "end_time" | "timezone" | "duration";
      message: string;
    };

export type ReadScheduleOptions = {
  /** For rows without a timezone, e.g. the zone of the whole feed. */
  fallbackTimeZone?: string;
  /** The first meeting's date is today in the meeting's zone; the format has no dates. */
  now?: Date;
  /** Meeting name, for every meeting read from the row. */
  label?: string | null;
};

/**
 * Reads a Meeting Guide row's day, time, end_time and timezone as Village meetings: weekly,
 * on that day (one meeting for each day when day is a list), starting at time, lasting until
 * end_time (past midnight when end_time is earlier, an hour when absent, as the format says),
 * from today on. The result passes the listing form's meeting schema.
 */
export function readMeetingGuideSchedule(row: MeetingGuideScheduleFields, options: ReadScheduleOptions = {}): MeetingGuideScheduleReading {
  if (empty(row.time) || empty(row.day) || (Array.isArray(row.day) && row.day.length === 0)) {
    return { ok: false, reason: "by-appointment", field: empty(row.time) ? "time" : "day", message: "The meeting is by appointment: it has no regular day and time." };
  }
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: "invalid", field: issue.path[0] as "day" | "time" | "end_time" | "timezone", message: issue.message };
  }
  const { day, time, end_time, timezone } = parsed.data;
  const timeZone = timezone ?? (options.fallbackTimeZone && isTimeZone(options.fallbackTimeZone) ? options.fallbackTimeZone : undefined);
  if (!timeZone) return { ok: false, reason: "invalid", field: "timezone", message: "The row has no timezone and no fallback zone was given." };

  const durationMinutes = end_time === undefined ? MEETING_GUIDE_DEFAULT_MINUTES : (end_time - time + 1440) % 1440;
  if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
    return {
      ok: false,
      reason: "invalid",
      field: "duration",
      message: `A meeting lasts ${MIN_DURATION} minutes to ${MAX_DURATION / 60} hours; this one would last ${durationMinutes} minutes.`,
    };
  }
  const startDate = formatLocalDate(toWallClock(options.now ?? new Date(), timeZone));
  const meetings = [...new Set(day)].sort((a, b) => a - b).map(
    (d): MeetingValues => ({
      id: null,
      label: options.label ?? null,
      frequency: "WEEKLY",
      weekday: WEEKDAYS_FROM_SUNDAY[d]!,
      nthWeek: null,
      startTime: clock(time),
      durationMinutes,
      startDate,
      endDate: null,
    }),
  );
  return { ok: true, timeZone, meetings };
}
