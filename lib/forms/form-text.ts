import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { wordFormMessage } from "./form-message";

const translatorOf = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] });

// One translator a language: an import words thousands of answers.
const translators = new Map<Locale, ReturnType<typeof translatorOf>>();

/**
 * A form answer's message key worded in `locale`, outside a page (an import's report, a
 * command line), as useFormText words it in one. Text that is not a known key comes back as it is.
 */
export function formText(locale: Locale, message: string): string {
  const t = translators.get(locale) ?? translatorOf(locale);
  translators.set(locale, t);
  return wordFormMessage(t as never, message);
}
