import { z } from "zod";
import type { Frequency, Weekday } from "@/lib/schedule";
import { FREQUENCIES, MAX_DURATION, MIN_DURATION } from "./meeting-choices";
import { isCalendarDate, optionalDate, optionalText, requiredDate, toNumberOrEmpty } from "./schema-parts";

// One regular meeting of a listing. A meeting keeps its id through the form (a hidden
// field), a revision and its approval, so an edit changes that meeting instead of making a
// new one. Cancelled dates are not part of it: they are facts about dates, changed on the
// dates page, and no edit of the pattern can lose them.

const WEEKDAY_VALUES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const satisfies readonly Weekday[];
const FREQUENCY_VALUES = FREQUENCIES.map((f) => f.value) as [Frequency, ...Frequency[]];

const START_TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

export const meetingSchema = z
  .object({
    /** The stored meeting this block edits; absent for a new one. Checked against the listing's own meetings when written. */
    id: z
      .string()
      .trim()
      .max(64)
      .nullish()
      .transform((id) => id || null),
    label: optionalText(80, "the meeting's name"),
    frequency: z.enum(FREQUENCY_VALUES, { error: "Choose how often the group meets." }),
    weekday: z.enum(WEEKDAY_VALUES, { error: "Choose the day of the week." }),
    nthWeek: z.preprocess(toNumberOrEmpty, z.number({ error: "Choose which week of the month." }).int().min(1).max(4).nullish()),
    startTime: z
      .string({ error: "Give the start time." })
      .trim()
      .min(1, { error: "Give the start time.", abort: true })
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
