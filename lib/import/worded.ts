import { createTranslator } from "next-intl";
import { readFormMessage } from "@/lib/forms/form-message";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A message key with its arguments (lib/forms/form-message.ts), as stored with an import's
 * rows, notices and failure, worded in `locale`. Anything that is not a known key (text kept
 * from before keys were stored) is returned as it is, so nothing a moderator needs is lost.
 * For server pages and the command line; forms in the browser use useFormText.
 */
export function wordMessage(locale: Locale, message: string): string {
  const { key, args } = readFormMessage(message);
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  // The key was checked where it was made (formMessage's type); here it is only a string.
  return t.has(key as never) ? t(key as never, args as never) : message;
}
