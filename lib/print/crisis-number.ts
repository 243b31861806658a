import { crisisNumbersFor, type Contact } from "@/components/crisis/crisis-numbers";
import type { Locale } from "@/lib/i18n/routing";

const LIFELINE_ID = "us-988";

/**
 * The number printed sheets and the embedded list give for a crisis: the US 988 line, to
 * call, as the crisis table gives it for readers of `locale` (so it changes in one place).
 */
export function crisisLineNumber(locale: Locale): Contact {
  const line = crisisNumbersFor(locale).US.lines.find((l) => l.id === LIFELINE_ID);
  return line?.contacts.find((c) => c.method === "call") ?? { method: "call", display: "988", href: "tel:988" };
}
