import { FormMessage } from "@/components/ui/field";

/**
 * A message after an action, from `?notice=` (codes only, never text from the URL). Each
 * code maps to a message key (or text already worded), which FormMessage words.
 */
export function Notice({ code, messages }: { code: string | undefined; messages: Record<string, string> }) {
  const text = code && Object.hasOwn(messages, code) ? messages[code] : undefined;
  return <FormMessage tone={code?.startsWith("not-") ? "error" : "success"}>{text}</FormMessage>;
}
