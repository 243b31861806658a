import { useTranslations } from "next-intl";
import { wordFormMessage } from "@/lib/forms/form-message";

/**
 * Words a form answer's message keys in the page's language. Works in client components and
 * in server components that are not async; lib/forms/form-text.ts does the same outside a page.
 */
export function useFormText(): (message: string) => string {
  const t = useTranslations();
  return (message) => wordFormMessage(t as never, message);
}
