import { useTranslations } from "next-intl";
import { readFormMessage } from "@/lib/forms/form-message";

/**
 * Words a form answer's message keys in the page's language. Works in client components and
 * in server components that are not async. A string that is not a known key is shown as it
 * came, so nothing a person needs to read is ever dropped.
 */
export function useFormText(): (message: string) => string {
  const t = useTranslations();
  return (message) => {
    const { key, args } = readFormMessage(message);
    // The key is checked where it is made (formMessage's type); here it is only a string.
    return t.has(key as never) ? t(key as never, args as never) : message;
  };
}
