import type { Mail } from "./send-mail";

/**
 * What the server log says about a mail it could not send (no SMTP server). A sign-in
 * link is printed in full, so the person running the site can sign in from the terminal;
 * other mails (visitors' messages, moderators' decisions) only by recipient and subject,
 * unless the development mailbox is on, which shows them whole anyway.
 */
export function describeUnsentMail(mail: Mail, { withBody }: { withBody: boolean }): string {
  if (mail.signInUrl) {
    return [`[mail] Sign-in link for ${mail.to} (no SMTP_URL, so it is printed here instead of emailed):`, "", `    ${mail.signInUrl}`, ""].join("\n");
  }
  if (withBody) return `[mail] to ${mail.to}: ${mail.subject}\n${mail.text}\n`;
  return `[mail] not sent (no SMTP_URL) to ${mail.to}: "${mail.subject}"`;
}
