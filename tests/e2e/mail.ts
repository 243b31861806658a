import { expect } from "@playwright/test";
import { readCapturedMail, type CapturedMail } from "../helpers/smtp-capture";

const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the suite through `npm run test:e2e`");
  return dir;
};

/** Waits for the newest mail to `to` whose subject matches, received after `since`. */
export async function waitForMail(to: string, subject: RegExp, since: Date): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      () => {
        found = readCapturedMail(mailDir())
          .filter((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject) && new Date(m.receivedAt) >= since)
          .at(-1);
        return Boolean(found);
      },
      { message: `an email to ${to} matching ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export function firstLink(mail: CapturedMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text);
  if (!match) throw new Error(`No link in mail "${mail.subject}"`);
  return match[0];
}
