import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import MailboxPage from "@/app/[locale]/(site)/dev/mailbox/page";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { signInMail } from "@/lib/auth/sign-in-mail";
import { sendMail } from "@/lib/mail/send-mail";

let db: PrismaClient;
beforeAll(async () => {
  db = await getDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The default start: no SMTP server and no mailbox asked for, on the embedded database. */
function useDefaultSettings() {
  for (const name of ["DEV_MAILBOX", "SMTP_URL", "SITE_URL"]) vi.stubEnv(name, "");
}

const notFound = expect.objectContaining({ digest: expect.stringMatching(/404/) });

describe("the development mailbox", () => {
  it("is not found when nothing asks for it", async () => {
    useDefaultSettings();
    await expect(MailboxPage()).rejects.toEqual(notFound);
    vi.stubEnv("NODE_ENV", "production");
    await expect(MailboxPage()).rejects.toEqual(notFound);
  });

  it("is not found when the site sends real email, even if asked for", async () => {
    vi.stubEnv("DEV_MAILBOX", "1");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    await expect(MailboxPage()).rejects.toEqual(notFound);
  });

  it("opens with DEV_MAILBOX=1", async () => {
    vi.stubEnv("DEV_MAILBOX", "1");
    vi.stubEnv("SMTP_URL", "");
    await expect(MailboxPage()).resolves.toBeTruthy();
  });
});

describe("sendMail without an SMTP server", () => {
  it("prints a sign-in link in the log, and keeps no mail text when the mailbox is off", async () => {
    useDefaultSettings();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const to = `terminal.${Date.now()}@example.org`;
    const link = `http://localhost:3000/api/auth/callback/email?token=t${Date.now()}`;
    await sendMail(db, signInMail(to, link));
    await sendMail(db, { to, subject: "A message about Oak Circle, from Village", text: "Please call me on 555 0100." });

    const printed = log.mock.calls.flat().join("\n");
    expect(printed).toContain(link);
    expect(printed).toContain("A message about Oak Circle");
    expect(printed).not.toContain("555 0100");
    const kept = await db.outboxMail.findMany({ where: { to } });
    expect(kept.map((m) => m.text)).toEqual(["", ""]);
  });

  it("keeps the whole mail for the mailbox when DEV_MAILBOX=1", async () => {
    vi.stubEnv("DEV_MAILBOX", "1");
    vi.stubEnv("SMTP_URL", "");
    vi.spyOn(console, "log").mockImplementation(() => {});
    const to = `mailbox.${Date.now()}@example.org`;
    await sendMail(db, { to, subject: "A message about Oak Circle, from Village", text: "Please call me on 555 0100." });
    expect((await db.outboxMail.findFirst({ where: { to } }))?.text).toBe("Please call me on 555 0100.");
  });
});
