import type { PrismaClient } from "@/lib/db/generated/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { translatorFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/locale-path";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import type { Mail } from "@/lib/mail/send-mail";
import { HIDDEN_AFTER_MONTHS } from "@/lib/listings/lifecycle";
import { siteUrl } from "@/lib/urls/site-url";
import { confirmationToken } from "./confirm-by-token";

/** The language to write to a listing's organiser in: the one they last sent it in. */
export const organiserLocaleOf = (group: { organiserLocale: string }): Locale => (isLocale(group.organiserLocale) ? group.organiserLocale : routing.defaultLocale);

/** The absolute one-click confirmation link for a group: /organiser/confirm?group=…&token=…, its page in `locale`. */
export async function stillRunningUrl(db: PrismaClient, groupId: string, locale: Locale = routing.defaultLocale): Promise<string> {
  const url = new URL(localePath(locale, "/organiser/confirm"), siteUrl());
  url.searchParams.set("group", groupId);
  url.searchParams.set("token", confirmationToken(groupId, await resolveAuthSecret(db)));
  return url.toString();
}

/** The "is it still running?" reminder in `locale`; `url` comes from stillRunningUrl. Add `to` to send it. */
export function stillRunningMail(group: { name: string }, url: string, locale: Locale = routing.defaultLocale): Omit<Mail, "to"> {
  const t = translatorFor(locale, "ReminderMail");
  const { name } = group;
  return {
    subject: t("subject", { name }),
    text: [
      t("greeting"),
      "",
      t("whyWeAsk", { name }),
      "",
      t("ifItDoes"),
      "",
      url,
      "",
      t("ifChanged"),
      "",
      t("hiddenAfter", { months: HIDDEN_AFTER_MONTHS }),
      "",
      t("thanks"),
      t("signature"),
    ].join("\n"),
  };
}
