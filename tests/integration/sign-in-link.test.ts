import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { checkSignInLimit } from "@/lib/auth/limit-sign-in";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { getDb } from "@/lib/db/client";

let db: PrismaClient;
beforeAll(async () => {
  db = await getDb();
});

const headers = { host: "localhost:3000", "x-forwarded-proto": "http" };

/** Addresses the language tests sign in, whose links and mails are cleared afterwards. */
const languageTestEmails: string[] = [];
afterAll(async () => {
  await db.outboxMail.deleteMany({ where: { to: { in: languageTestEmails } } });
  await db.verificationToken.deleteMany({ where: { identifier: { in: languageTestEmails } } });
});

describe("sendSignInLink", () => {
  it("has next-auth store a hashed token and email a link that carries it", async () => {
    const email = `link.${Date.now()}@example.org`;
    expect(await sendSignInLink(email, "/organiser/groups", headers)).toEqual({ sent: true });

    const [mail] = await db.outboxMail.findMany({ where: { to: email } });
    const link = new URL(/https?:\/\/\S+/.exec(mail!.text)![0]);
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(link.searchParams.get("email")).toBe(email);
    expect(link.searchParams.get("callbackUrl")).toMatch(/\/organiser\/groups$/);
    const token = link.searchParams.get("token")!;
    const stored = await db.verificationToken.findMany({ where: { identifier: email } });
    expect(stored).toHaveLength(1);
    // Only a hash of the token is kept, so a copy of the database can't sign anyone in.
    expect(stored[0]!.token).not.toBe(token);
    expect(stored[0]!.expires.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
  });

  it("emails a Spanish sign-in in Spanish, with a link back to the Spanish page", async () => {
    const email = `link.es.${Date.now()}@example.org`;
    languageTestEmails.push(email);
    expect(await sendSignInLink(email, "/es/organiser", headers)).toEqual({ sent: true });

    const [mail] = await db.outboxMail.findMany({ where: { to: email } });
    expect(mail!.subject).toBe("Tu enlace para iniciar sesión en Village");
    expect(mail!.text).toContain("Usa este enlace para iniciar sesión en Village.");
    const link = new URL(/https?:\/\/\S+/.exec(mail!.text)![0]);
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(new URL(link.searchParams.get("callbackUrl")!).pathname).toBe("/es/organiser");
  });

  it("emails an English sign-in in English", async () => {
    const email = `link.en.${Date.now()}@example.org`;
    languageTestEmails.push(email);
    expect(await sendSignInLink(email, "/organiser", headers)).toEqual({ sent: true });
    const [mail] = await db.outboxMail.findMany({ where: { to: email } });
    expect(mail!.subject).toBe("Your sign-in link for Village");
    expect(mail!.text).toContain("Use this link to sign in to Village.");
  });

  it("refuses an address next-auth can't use, sending nothing", async () => {
    const outcome = await sendSignInLink("not-an-address", "/organiser", headers);
    expect(outcome.sent).toBe(false);
    expect(await db.outboxMail.count({ where: { to: "not-an-address" } })).toBe(0);
  });
});

describe("checkSignInLimit", () => {
  it("allows three links per address in 15 minutes, then says how long to wait", async () => {
    const email = `limit.${Date.now()}@example.org`;
    for (let i = 0; i < 3; i++) expect(await checkSignInLimit(db, `192.0.2.${i}`, email)).toBeNull();
    const wait = await checkSignInLimit(db, "192.0.2.9", email);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it("allows ten requests per network address, whatever the emails", async () => {
    const address = `198.18.${Date.now() % 250}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) expect(await checkSignInLimit(db, address, `someone.${i}.${Date.now()}@example.org`)).toBeNull();
    expect(await checkSignInLimit(db, address, `one.more.${Date.now()}@example.org`)).toBeGreaterThan(0);
  });
});
