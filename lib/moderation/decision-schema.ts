import { z } from "zod";

export const MODERATOR_MESSAGE_MAX = 2000;

// The moderator's words go to the organiser by email, so they are required where a
// decision needs explaining, and written for a person.

export const changesSchema = z.object({
  message: z
    .string({ error: "Tell the organiser what to change." })
    .trim()
    .min(1, "Tell the organiser what to change.")
    .max(MODERATOR_MESSAGE_MAX, `Please keep the message under ${MODERATOR_MESSAGE_MAX} characters.`),
});

export const rejectSchema = z.object({
  reason: z
    .string({ error: "Give the organiser a reason." })
    .trim()
    .min(1, "Give the organiser a reason.")
    .max(MODERATOR_MESSAGE_MAX, `Please keep the reason under ${MODERATOR_MESSAGE_MAX} characters.`),
});

export const resolveSchema = z.object({
  note: z
    .string()
    .trim()
    .max(1000, "Please keep the note under 1000 characters.")
    .optional()
    .transform((v) => v || null),
});
