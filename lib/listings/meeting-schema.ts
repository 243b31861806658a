import { z } from "zod";
import type { Frequency, Weekday } from "@/lib/schedule";
import { CANCELLATION_REASON_MAX, FREQUENCIES, MAX_CANCELLATIONS, MAX_DURATION, MIN_DURATION } from "./meeting-choices";
import { DATE_HINT, isCalendarDate, optionalDate, optionalText, requiredDate, toNumberOrEmpty } from "./schema-parts";

export const WEEKDAY_VALUES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const satisfies readonly Weekday[];
const FREQUENCY_VALUES = FREQUENCIES.map((f) => f.value) as [Frequency, ...Frequency[]];

/**
 * "2026-12-24 Christmas Eve" a line, as typed in the form's textarea, into
 * `{ date, reason }` objects. Arrays (already parsed values) pass through.
 */
export function parseCancellationLines(value: unknown): unknown {
  if (value === null || value === undefined) return [];
  if (typeof value !== "string") return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      // A line that does not start with something date-like is all shown back in the error.
      const match = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s*[-–—:,]\s*|\s+|$)(.*)$/.exec(line);
      return match ? { date: match[1]!, reason: match[2]?.trim() || null } : { date: line, reason: null };
    });
}

const cancellationsSchema = z
  .preprocess(
    parseCancellationLines,
    z
      .array(z.object({ date: z.string().trim(), reason: z.string().trim().nullish() }))
      .max(MAX_CANCELLATIONS, `Please list at most ${MAX_CANCELLATIONS} dates.`),
  )
  .superRefine((list, ctx) => {
    list.forEach((item, i) => {
      if (!isCalendarDate(item.date)) {
        ctx.addIssue({ code: "custom", path: [i], message: `“${item.date.slice(0, 40)}” isn't a date: write one date a line, ${DATE_HINT}.` });
      } else if ((item.reason?.length ?? 0) > CANCELLATION_REASON_MAX) {
        ctx.addIssue({ code: "custom", path: [i], message: `Please keep the reason for ${item.date} under ${CANCELLATION_REASON_MAX} characters.` });
      }
    });
  })
  .transform((list) => {
    // One entry a date (the last reason given wins), in date order.
    const byDate = new Map(list.map((item) => [item.date, item.reason || null]));
    return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, reason]) => ({ date, reason }));
  });

const START_TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

export const meetingSchema = z
  .object({
    label: optionalText(80, "the meeting's name"),
    frequency: z.enum(FREQUENCY_VALUES, { error: "Choose how often the group meets." }),
    weekday: z.enum(WEEKDAY_VALUES, { error: "Choose the day of the week." }),
    nthWeek: z.preprocess(toNumberOrEmpty, z.number({ error: "Choose which week of the month." }).int().min(1).max(4).nullish()),
    startTime: z
      .string({ error: "Give the start time." })
      .trim()
      .min(1, "Give the start time.")
      .regex(START_TIME, "Write the start time like 18:30 (24-hour clock).")
      // "9:30" and "09:30:00" both become "09:30".
      .transform((time) => time.split(":").slice(0, 2).map((part) => part.padStart(2, "0")).join(":")),
    durationMinutes: z.preprocess(
      toNumberOrEmpty,
      z
        .number({ error: "Say how long each meeting lasts, in minutes." })
        .int("Give the length in whole minutes.")
        .min(MIN_DURATION, `A meeting lasts at least ${MIN_DURATION} minutes.`)
        .max(MAX_DURATION, `A meeting can last at most ${MAX_DURATION / 60} hours (${MAX_DURATION} minutes).`),
    ),
    startDate: requiredDate("Give the date of the first meeting."),
    endDate: optionalDate(),
    cancellations: cancellationsSchema,
  })
  .superRefine(
    (meeting, ctx) => {
      // Runs even when other fields failed (see `when`), so read the values defensively.
      if (meeting.frequency === "MONTHLY_NTH" && typeof meeting.nthWeek !== "number") {
        ctx.addIssue({ code: "custom", path: ["nthWeek"], message: "Choose which week of the month: first, second, third or fourth." });
      }
      const { startDate, endDate } = meeting as { startDate?: unknown; endDate?: unknown };
      if (typeof startDate === "string" && typeof endDate === "string" && isCalendarDate(startDate) && isCalendarDate(endDate) && endDate < startDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last date can't be before the first date." });
      }
    },
    { when: () => true },
  )
  .transform((meeting) => ({ ...meeting, nthWeek: meeting.frequency === "MONTHLY_NTH" ? (meeting.nthWeek ?? null) : null }));

export type MeetingValues = z.infer<typeof meetingSchema>;
