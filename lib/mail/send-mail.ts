import type { PrismaClient } from "@/lib/db/generated/client";
import { mailFrom, mailTransport } from "./transport";

export type Mail = { to: string; subject: string; text: string; replyTo?: string };

/**
 * Sends an email through SMTP when configured. Without SMTP (the embedded default) the
 * mail is written to the server log and kept for the development mailbox page, so sign-in
 * links still reach a newcomer.
 */
export async function sendMail(db: PrismaClient, mail: Mail): Promise<void> {
  const transport = mailTransport();
  if (!transport) {
    await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text } });
    console.log(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
    return;
  }
  await transport.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, replyTo: mail.replyTo });
  // With real email, keep only who and what: message bodies may hold sign-in links.
  await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: "", sentAt: new Date() } });
}
