import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";

export const MODERATOR_MESSAGE_MAX = 2000;
export const RESOLVE_NOTE_MAX = 1000;

// The moderator's words go to the organiser by email, so they are required where a
// decision needs explaining, and written for a person. The messages are keys, worded in the
// moderator's language by the form.

export const changesSchema = z.object({
  message: z
    .string({ error: formMessage("Moderation.giveChanges") })
    .trim()
    .min(1, formMessage("Moderation.giveChanges"))
    .max(MODERATOR_MESSAGE_MAX, formMessage("Moderation.messageTooLong", { max: MODERATOR_MESSAGE_MAX })),
});

export const rejectSchema = z.object({
  reason: z
    .string({ error: formMessage("Moderation.giveReason") })
    .trim()
    .min(1, formMessage("Moderation.giveReason"))
    .max(MODERATOR_MESSAGE_MAX, formMessage("Moderation.reasonTooLong", { max: MODERATOR_MESSAGE_MAX })),
});

export const resolveSchema = z.object({
  note: z
    .string()
    .trim()
    .max(RESOLVE_NOTE_MAX, formMessage("Moderation.noteTooLong", { max: RESOLVE_NOTE_MAX }))
    .optional()
    .transform((v) => v || null),
});
