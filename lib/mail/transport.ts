import nodemailer, { type Transporter } from "nodemailer";
import { readEnv } from "@/lib/env";

/** SMTP_URL (smtp://user:pass@host:587) configures real email; without it, mail is not sent. */
export function smtpConfigured(): boolean {
  return Boolean(readEnv().SMTP_URL);
}

let transport: Transporter | undefined;

export function mailTransport(): Transporter | null {
  const { SMTP_URL } = readEnv();
  if (!SMTP_URL) return null;
  transport ??= nodemailer.createTransport(SMTP_URL);
  return transport;
}

export const mailFrom = () => readEnv().MAIL_FROM;
