import type { AbstractIntlMessages } from "next-intl";

/** The namespaces client components read; the rest stays on the server. */
export const CLIENT_NAMESPACES = ["Client", "Errors", "Forms", "Listing", "Organiser", "Moderation"] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}
