import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";
import { CONTACT_MESSAGE_MAX } from "./contact-limits";

const NAME_MAX = 100;

// The limits go into the messages as text, so they read "2000" as they always have rather
// than as a formatted number.

/** "Contact the organiser" on a group page. `website_url` is a honeypot people never see. */
export const contactSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, formMessage("Contact.nameMissing"))
    .max(NAME_MAX, formMessage("Contact.nameTooLong", { max: String(NAME_MAX) })),
  email: z
    .string()
    .trim()
    .min(1, formMessage("Contact.emailMissing"))
    .pipe(z.email(formMessage("Contact.emailInvalid")).max(254, formMessage("Contact.emailTooLong"))),
  message: z
    .string()
    .trim()
    .min(1, formMessage("Contact.messageMissing"))
    .max(CONTACT_MESSAGE_MAX, formMessage("Contact.messageTooLong", { max: String(CONTACT_MESSAGE_MAX) })),
  website_url: z.string().optional(),
});

export type ContactField = "name" | "email" | "message";
