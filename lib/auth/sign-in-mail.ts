import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { Mail } from "@/lib/mail/send-mail";

/** The email with a one-time sign-in link, in the language the person signed in in. */
export function signInMail(to: string, url: string, locale: Locale = routing.defaultLocale): Mail {
  const t = translatorFor(locale, "SignInMail");
  return {
    to,
    signInUrl: url,
    subject: t("subject"),
    text: [t("greeting"), "", t("useLink"), "", url, "", t("notYou"), "", t("signature")].join("\n"),
  };
}
