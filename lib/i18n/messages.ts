import { createTranslator } from "next-intl";
import en from "@/messages/en";
import es from "@/messages/es";
import { routing, type Locale } from "./routing";

/** Every language's messages, for code that runs outside a page (mail, calendars, schedules). */
export const MESSAGES: Record<Locale, typeof en> = { en, es };

/** A translator for one language and namespace, usable anywhere (no request needed). */
export function translatorFor<N extends keyof typeof en>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale] ?? MESSAGES[routing.defaultLocale], namespace });
}
