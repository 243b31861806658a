import type { PrismaClient } from "@/lib/db/generated/client";
import { devMailboxEnabled } from "./dev-mailbox";
import { mailFrom, mailTransport } from "./transport";
import { describeUnsentMail } from "./unsent-mail-log";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  /** The sign-in link in `text`: with no SMTP server it is printed in the server log. */
  signInUrl?: string;
};

/**
 * Sends an email through SMTP when configured. Without SMTP (the embedded default) it is
 * not sent: the log shows sign-in links, so the person running the site can still sign
 * in, and the development mailbox, when asked for, shows every mail whole. The outbox
 * keeps who and what; the text only for that mailbox, as bodies may hold sign-in links
 * and visitors' messages.
 */
export async function sendMail(db: PrismaClient, mail: Mail): Promise<void> {
  const transport = mailTransport();
  if (!transport) {
    const withBody = devMailboxEnabled();
    await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: withBody ? mail.text : "" } });
    console.log(describeUnsentMail(mail, { withBody }));
    return;
  }
  await transport.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, replyTo: mail.replyTo });
  await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: "", sentAt: new Date() } });
}
