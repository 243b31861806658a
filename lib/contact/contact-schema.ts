import { z } from "zod";
import { CONTACT_MESSAGE_MAX } from "./contact-limits";

/** "Contact the organiser" on a group page. `website_url` is a honeypot people never see. */
export const contactSchema = z.object({
  name: z.string().trim().min(1, "Tell the organiser your name.").max(100, "Please keep your name under 100 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address so the organiser can reply.")
    .pipe(z.email("Enter an email address like name@example.org.").max(254, "That email address is too long.")),
  message: z
    .string()
    .trim()
    .min(1, "Write a message for the organiser.")
    .max(CONTACT_MESSAGE_MAX, `Please keep your message under ${CONTACT_MESSAGE_MAX} characters.`),
  website_url: z.string().optional(),
});

export type ContactField = "name" | "email" | "message";
