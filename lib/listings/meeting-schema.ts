import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";
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
    label: optionalText(80, "meetingLabel"),
    frequency: z.enum(FREQUENCY_VALUES, { error: formMessage("Validation.giveFrequency") }),
    weekday: z.enum(WEEKDAY_VALUES, { error: formMessage("Validation.giveWeekday") }),
    nthWeek: z.preprocess(toNumberOrEmpty, z.number({ error: formMessage("Validation.giveWeek") }).int().min(1).max(4).nullish()),
    startTime: z
      .string({ error: formMessage("Validation.giveStartTime") })
      .trim()
      .min(1, { error: formMessage("Validation.giveStartTime"), abort: true })
      .regex(START_TIME, formMessage("Validation.startTimeFormat"))
      // "9:30" and "09:30:00" both become "09:30".
      .transform((time) => time.split(":").slice(0, 2).map((part) => part.padStart(2, "0")).join(":")),
    durationMinutes: z.preprocess(
      toNumberOrEmpty,
      z
        .number({ error: formMessage("Validation.giveDuration") })
        .int(formMessage("Validation.durationWhole"))
        .min(MIN_DURATION, formMessage("Validation.durationMin", { min: MIN_DURATION }))
        .max(MAX_DURATION, formMessage("Validation.durationMax", { hours: MAX_DURATION / 60, max: MAX_DURATION })),
    ),
    startDate: requiredDate(formMessage("Validation.giveStartDate")),
    endDate: optionalDate(),
  })
  .superRefine(
    (meeting, ctx) => {
      // Runs even when other fields failed (see `when`), so read the values defensively.
      if (meeting.frequency === "MONTHLY_NTH" && typeof meeting.nthWeek !== "number") {
        ctx.addIssue({ code: "custom", path: ["nthWeek"], message: formMessage("Validation.giveWeekOfMonth") });
      }
      const { startDate, endDate } = meeting as { startDate?: unknown; endDate?: unknown };
      if (typeof startDate === "string" && typeof endDate === "string" && isCalendarDate(startDate) && isCalendarDate(endDate) && endDate < startDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: formMessage("Validation.endBeforeStart") });
      }
    },
    { when: () => true },
  )
  .transform((meeting) => ({ ...meeting, nthWeek: meeting.frequency === "MONTHLY_NTH" ? (meeting.nthWeek ?? null) : null }));

export type MeetingValues = z.infer<typeof meetingSchema>;
