import type { PrismaClient } from "@/lib/db/generated/client";
import { sendMail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/log/logger";
import { hitRateLimit, RATE_LIMITS, tryAgainMessage } from "@/lib/rate-limit";
import { doneState, fieldErrors, problemSummary, sentText, type FormState, type TextValues } from "@/lib/forms/form-state";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { contactSchema, type ContactField } from "./contact-schema";

// The organiser's address is used only to send the mail: it never leaves this module, not
// in the result, not in an error message.

export type ContactResult = FormState<TextValues<ContactField>>;

const CONTACT_FIELDS = ["name", "email", "message"] as const satisfies readonly ContactField[];

const sent: ContactResult = doneState("Your message is on its way. The organiser will reply to your email address.", {});

const organiserAddressSelect = { name: true, slug: true, contactEmail: true, organiser: { select: { email: true } } } as const;

/** The address that gets a group's messages: its contact email, else its organiser's account email. */
const organiserAddress = (group: { contactEmail: string | null; organiser: { email: string } | null }) =>
  group.contactEmail?.trim() || group.organiser?.email || null;

/** Whether a public group can be messaged through the site (the page hides the form if not). */
export async function canContactOrganiser(db: PrismaClient, groupSlug: string, now = new Date()): Promise<boolean> {
  const group = await db.group.findFirst({ where: { slug: groupSlug, ...publicListingWhere(now) }, select: organiserAddressSelect });
  return Boolean(group && organiserAddress(group));
}

/**
 * "Contact the organiser": relays a visitor's message by email with Reply-To set to the
 * visitor, so the organiser can answer without either address appearing on the site.
 */
export async function relayContactMessage(db: PrismaClient, groupSlug: string, input: unknown, address: string, now = new Date()): Promise<ContactResult> {
  if (isHoneypotFilled(input)) return sent;
  // Only the visitor's own words go back with an error.
  const values = sentText(input, CONTACT_FIELDS);
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { status: "error", message: problemSummary(errors), errors, values, version: 0 };
  }
  const limit = await hitRateLimit(db, `contact:addr:${address}`, RATE_LIMITS.contactPerAddress, now);
  if (!limit.allowed) return { status: "error", message: tryAgainMessage(limit.retryAfterSeconds), errors: {}, values, version: 0 };

  const group = /^[a-z0-9-]{1,120}$/.test(groupSlug)
    ? await db.group.findFirst({ where: { slug: groupSlug, ...publicListingWhere(now) }, select: organiserAddressSelect })
    : null;
  const to = group ? organiserAddress(group) : null;
  if (!group || !to) {
    return { status: "error", message: "Sorry, this organiser can't receive messages through Village. Try the other contact details on this page.", errors: {}, values, version: 0 };
  }
  const { name, email, message } = parsed.data;
  try {
    await sendMail(db, { to, replyTo: email, subject: `A message about ${group.name}, from Village`, text: contactMailText(group.name, name, email, message) });
  } catch (error) {
    logger.error({ err: error }, "could not send a relayed message");
    return { status: "error", message: "Sorry, we couldn't send your message just now. Please try again in a few minutes.", errors: {}, values, version: 0 };
  }
  return sent;
}

function contactMailText(groupName: string, senderName: string, senderEmail: string, message: string): string {
  return [
    "Hello,",
    "",
    `${senderName} found ${groupName} on Village and sent you this message:`,
    "",
    message,
    "",
    "—",
    `Reply to this email to answer ${senderName} directly (${senderEmail}).`,
    "Village passes messages on without showing your address on the site; only your reply tells them who you are.",
    "",
    "Village",
  ].join("\n");
}
