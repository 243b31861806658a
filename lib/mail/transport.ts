import nodemailer, { type Transporter } from "nodemailer";

/** SMTP_URL (smtp://user:pass@host:587) configures real email; without it, mail stays in the outbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

let transport: Transporter | undefined;

export function mailTransport(): Transporter | null {
  if (!smtpConfigured()) return null;
  transport ??= nodemailer.createTransport(process.env.SMTP_URL!.trim());
  return transport;
}

export const mailFrom = () => process.env.MAIL_FROM?.trim() || "Village <no-reply@village.localhost>";

/** The development mailbox page is on only when no SMTP server is configured. */
export function devMailboxEnabled(): boolean {
  return !smtpConfigured() && (!process.env.DATABASE_URL || process.env.DEV_MAILBOX === "1");
}
