import type { PrismaClient } from "@/lib/db/generated/client";
import { translatorFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";
import { organiserLocaleOf } from "@/lib/listings/still-running-mail";
import { sendMail, type Mail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/log/logger";
import { absoluteUrl } from "@/lib/urls/site-url";

export type Recipient = { contactEmail: string | null; organiserLocale: string; organiser: { email: string; name: string | null } | null };

/** Select this on a group to know whom to tell about a decision, and in which language. */
export const recipientSelect = { contactEmail: true, organiserLocale: true, organiser: { select: { email: true, name: true } } } as const;

/** The organiser's account email, else the listing's contact email. */
export const recipientAddress = (group: Pick<Recipient, "contactEmail" | "organiser">) => group.organiser?.email || group.contactEmail?.trim() || null;

export type Decision =
  | { kind: "approved"; slug: string }
  | { kind: "changes-requested"; message: string }
  | { kind: "rejected"; reason: string }
  | { kind: "edit-approved"; slug: string }
  | { kind: "edit-changes-requested"; message: string }
  | { kind: "edit-rejected"; reason: string };

/** The mail about `decision` in `locale`. The moderator's own words are quoted as written. */
export function composeDecisionMail(locale: Locale, name: string, greeting: string | null, decision: Decision): Omit<Mail, "to"> {
  const t = translatorFor(locale, "DecisionMail");
  const link = (path: string) => absoluteUrl(localePath(locale, path));
  const hello = greeting ? t("helloName", { name: greeting }) : t("hello");
  const dashboard = link("/organiser");
  const quote = (text: string) => text.split("\n").map((line) => `> ${line}`);
  const mail = (subject: string, lines: string[]) => ({ subject, text: [hello, "", ...lines, "", t("signature")].join("\n") });
  switch (decision.kind) {
    case "approved":
      return mail(t("approved.subject", { name }), [t("approved.intro", { name }), "", link(`/groups/${decision.slug}`), "", t("approved.thanks")]);
    case "changes-requested":
      return mail(t("changesRequested.subject", { name }), [t("changesRequested.intro", { name }), "", ...quote(decision.message), "", t("changesRequested.next", { link: dashboard })]);
    case "rejected":
      return mail(t("rejected.subject", { name }), [t("rejected.intro", { name }), "", ...quote(decision.reason), "", t("rejected.next", { link: dashboard })]);
    case "edit-approved":
      return mail(t("editApproved.subject", { name }), [t("editApproved.intro", { name }), "", link(`/groups/${decision.slug}`)]);
    case "edit-changes-requested":
      return mail(t("editChangesRequested.subject", { name }), [t("editChangesRequested.intro", { name }), "", ...quote(decision.message), "", t("editChangesRequested.next", { link: dashboard })]);
    case "edit-rejected":
      return mail(t("editRejected.subject", { name }), [t("editRejected.intro", { name }), "", ...quote(decision.reason), "", t("editRejected.next", { link: dashboard })]);
  }
}

/**
 * Tells the organiser about a decision, after it is committed, in the language they wrote
 * the listing in. A mail failure is logged and reported as `false`: the decision stands and
 * shows in the organiser's dashboard anyway.
 */
export async function mailDecision(db: PrismaClient, group: Recipient & { name: string }, decision: Decision): Promise<boolean> {
  const to = recipientAddress(group);
  if (!to) return false;
  try {
    await sendMail(db, { to, ...composeDecisionMail(organiserLocaleOf(group), group.name, group.organiser?.name ?? null, decision) });
    return true;
  } catch (error) {
    logger.error({ err: error }, "could not email the organiser about a decision");
    return false;
  }
}
