import type { PrismaClient } from "@/lib/db/generated/client";
import { sendMail, type Mail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/log/logger";
import { absoluteUrl } from "@/lib/urls/site-url";

export type Recipient = { contactEmail: string | null; organiser: { email: string; name: string | null } | null };

/** Select this on a group to know whom to tell about a decision. */
export const recipientSelect = { contactEmail: true, organiser: { select: { email: true, name: true } } } as const;

/** The organiser's account email, else the listing's contact email. */
export const recipientAddress = (group: Recipient) => group.organiser?.email || group.contactEmail?.trim() || null;

export type Decision =
  | { kind: "approved"; slug: string }
  | { kind: "changes-requested"; message: string }
  | { kind: "rejected"; reason: string }
  | { kind: "edit-approved"; slug: string }
  | { kind: "edit-changes-requested"; message: string }
  | { kind: "edit-rejected"; reason: string };

function compose(name: string, greeting: string | null, decision: Decision): Omit<Mail, "to"> {
  const hello = `Hello${greeting ? ` ${greeting}` : ""},`;
  const dashboard = absoluteUrl("/organiser");
  const quote = (text: string) => text.split("\n").map((line) => `> ${line}`);
  switch (decision.kind) {
    case "approved":
      return {
        subject: `${name} is now listed on Village`,
        text: [hello, "", `Good news: a moderator has approved ${name}. Parents can find it now:`, "", absoluteUrl(`/groups/${decision.slug}`), "", "Thank you for running it.", "", "Village"].join("\n"),
      };
    case "changes-requested":
      return {
        subject: `Changes needed before ${name} goes live`,
        text: [hello, "", `A moderator looked at ${name} and asked for a few changes before it can go live:`, "", ...quote(decision.message), "", `Sign in to update your listing and send it again: ${dashboard}`, "", "Village"].join("\n"),
      };
    case "rejected":
      return {
        subject: `${name} can't be listed on Village`,
        text: [hello, "", `A moderator looked at ${name} and decided it can't be listed on Village:`, "", ...quote(decision.reason), "", `You can see your listings here: ${dashboard}`, "", "Village"].join("\n"),
      };
    case "edit-approved":
      return {
        subject: `Your changes to ${name} are live`,
        text: [hello, "", `A moderator approved your changes to ${name}. The listing shows them now:`, "", absoluteUrl(`/groups/${decision.slug}`), "", "Village"].join("\n"),
      };
    case "edit-changes-requested":
      return {
        subject: `Your changes to ${name} need another look`,
        text: [hello, "", `A moderator looked at your changes to ${name} and asked for a few more before they go live:`, "", ...quote(decision.message), "", `Until then, the listing stays as it was. Update your changes here: ${dashboard}`, "", "Village"].join("\n"),
      };
    case "edit-rejected":
      return {
        subject: `Your changes to ${name} were not accepted`,
        text: [hello, "", `A moderator looked at your changes to ${name} and did not accept them:`, "", ...quote(decision.reason), "", `The listing stays as it was. See it here: ${dashboard}`, "", "Village"].join("\n"),
      };
  }
}

/**
 * Tells the organiser about a decision, after it is committed. A mail failure is logged and
 * reported as `false`: the decision stands and shows in the organiser's dashboard anyway.
 */
export async function mailDecision(db: PrismaClient, group: Recipient & { name: string }, decision: Decision): Promise<boolean> {
  const to = recipientAddress(group);
  if (!to) return false;
  try {
    await sendMail(db, { to, ...compose(group.name, group.organiser?.name ?? null, decision) });
    return true;
  } catch (error) {
    logger.error({ err: error }, "could not email the organiser about a decision");
    return false;
  }
}
