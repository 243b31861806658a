import type { PrismaClient } from "@/lib/db/generated/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import type { Mail } from "@/lib/mail/send-mail";
import { HIDDEN_AFTER_MONTHS } from "@/lib/listings/lifecycle";
import { siteUrl } from "@/lib/urls/site-url";
import { confirmationToken } from "./confirm-by-token";

/** The absolute one-click confirmation link for a group: /organiser/confirm?group=…&token=…. */
export async function stillRunningUrl(db: PrismaClient, groupId: string): Promise<string> {
  const url = new URL("/organiser/confirm", siteUrl());
  url.searchParams.set("group", groupId);
  url.searchParams.set("token", confirmationToken(groupId, await resolveAuthSecret(db)));
  return url.toString();
}

/** The "is it still running?" reminder; `url` comes from stillRunningUrl. Add `to` to send it. */
export function stillRunningMail(group: { name: string }, url: string): Omit<Mail, "to"> {
  return {
    subject: `Is ${group.name} still running?`,
    text: [
      "Hello,",
      "",
      `Parents find ${group.name} on Village. To keep the directory trustworthy we ask organisers every few months whether their group still meets.`,
      "",
      "If it does, open this link and press the button. That's all: no sign-in needed.",
      "",
      url,
      "",
      "If the times or place have changed, sign in and edit your listing. If the group has stopped, sign in and archive it, so nobody turns up to an empty room.",
      "",
      `Listings nobody confirms for ${HIDDEN_AFTER_MONTHS} months are hidden from the directory until they are confirmed again.`,
      "",
      "Thank you for running it,",
      "Village",
    ].join("\n"),
  };
}
