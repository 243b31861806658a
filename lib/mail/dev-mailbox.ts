import { readEnv, type Env } from "@/lib/env";
import { isPublicUrl, siteUrl } from "@/lib/urls/site-url";

type MailboxSettings = Pick<Env, "DEV_MAILBOX" | "SMTP_URL">;

/**
 * The development mailbox (/dev/mailbox, and whole mails in the server log) is on only
 * when DEV_MAILBOX=1 asks for it and no SMTP server is configured. Nothing else turns it
 * on, not a missing setting nor a local database: anyone who can open the page reads
 * every mail the site sends, sign-in links included.
 */
export function devMailboxEnabled(env: MailboxSettings = readEnv()): boolean {
  return env.DEV_MAILBOX && !env.SMTP_URL;
}

/** Says at start-up where mail goes, loudly if the mailbox is open on a reachable address. */
export function warnAboutDevMailbox(env: Env = readEnv()): void {
  if (env.SMTP_URL) return;
  if (!devMailboxEnabled(env)) {
    console.log("No SMTP_URL: emails are not sent. Sign-in links are printed here; other mails only by recipient and subject.");
    return;
  }
  const url = siteUrl(env);
  const where = isPublicUrl(url) ? `on ${url.origin}, a public address: anyone can read every mail there` : "for anyone who can reach this server";
  console.warn(`DEV_MAILBOX=1: every email the site sends is readable at /dev/mailbox, ${where}. Never run a public site like this.`);
}
