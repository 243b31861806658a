import type { PrismaClient } from "@/lib/db/generated/client";
import { sendMail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/log/logger";
import { hitRateLimit, RATE_LIMITS, tryAgainMessage } from "@/lib/rate-limit";
import { doneState, fieldErrors, problemSummary, sentText, type FormState, type TextValues } from "@/lib/forms/form-state";
import { formMessage } from "@/lib/forms/form-message";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import { translatorFor } from "@/lib/i18n/messages";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { contactSchema, type ContactField } from "./contact-schema";

// The organiser's address is used only to send the mail: it never leaves this module, not
// in the result, not in an error message.

export type ContactResult = FormState<TextValues<ContactField>>;

const CONTACT_FIELDS = ["name", "email", "message"] as const satisfies readonly ContactField[];

const sent: ContactResult = doneState(formMessage("Contact.sent"), {});

const organiserAddressSelect = { name: true, slug: true, contactEmail: true, organiserLocale: true, organiser: { select: { email: true } } } as const;

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
    return { status: "error", message: formMessage("Contact.cannotReceive"), errors: {}, values, version: 0 };
  }
  const { name, email, message } = parsed.data;
  try {
    await sendMail(db, { to, replyTo: email, ...contactMail(organiserLocale(group.organiserLocale), { group: group.name, sender: name, email, message }) });
  } catch (error) {
    logger.error({ err: error }, "could not send a relayed message");
    return { status: "error", message: formMessage("Contact.sendFailed"), errors: {}, values, version: 0 };
  }
  return sent;
}

/** The language the organiser last used on the site ("en" for anything else). */
const organiserLocale = (value: string): Locale => (isLocale(value) ? value : routing.defaultLocale);

/** The relayed message in the organiser's language; the visitor's own words go in unchanged. */
function contactMail(locale: Locale, values: { group: string; sender: string; email: string; message: string }): { subject: string; text: string } {
  const t = translatorFor(locale, "ContactMail");
  return { subject: t("subject", { group: values.group }), text: t("body", values) };
}
