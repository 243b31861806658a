import { FormMessage } from "@/components/ui/field";

/** A message after an action, from `?notice=` (codes only, never text from the URL). */
export function Notice({ code, messages }: { code: string | undefined; messages: Record<string, string> }) {
  const text = code ? messages[code] : undefined;
  return <FormMessage tone={code?.startsWith("not-") ? "error" : "success"}>{text}</FormMessage>;
}
