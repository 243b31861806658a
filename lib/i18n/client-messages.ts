import type { AbstractIntlMessages } from "next-intl";
import { FORM_MESSAGE_NAMESPACES } from "@/lib/forms/form-message";

/** The namespaces client components read (forms word their answers there); the rest stays on the server. */
export const CLIENT_NAMESPACES = ["Client", "Errors", ...FORM_MESSAGE_NAMESPACES] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}
