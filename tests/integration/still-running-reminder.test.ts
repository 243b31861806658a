import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { checkConfirmationLink } from "@/lib/listings/confirm-by-token";
import { monthsBefore } from "@/lib/listings/lifecycle";
import { sendStaleReminders } from "@/lib/moderation/stale-reminders";
import { createGroup } from "../factories/group-factory";

// The "is it still running?" reminder goes out in the language each organiser last sent
// their listing in, with its one-click link to the confirm page in that language.

let db: PrismaClient;
const run = Date.now().toString(36);
const started = new Date();
const now = new Date(started.getTime() + 1);
const groupIds: string[] = [];
const emails = { es: `recordatorio.${run}@example.org`, en: `reminder.${run}@example.org` };

beforeAll(async () => {
  db = await getDb();
});

afterAll(async () => {
  // The run reminded every stale listing in the shared database: leave it as it was.
  await db.auditEntry.deleteMany({ where: { action: "REMINDER_SENT", createdAt: now } });
  await db.outboxMail.deleteMany({ where: { createdAt: { gte: started } } });
  await db.group.deleteMany({ where: { id: { in: groupIds } } });
  await db.user.deleteMany({ where: { email: { in: Object.values(emails) } } });
});

async function staleListing(locale: "es" | "en", name: string) {
  const organiser = await db.user.create({ data: { email: emails[locale] } });
  const group = await createGroup(db, { name, status: "PUBLISHED", organiserId: organiser.id, lastConfirmedAt: monthsBefore(now, 8) });
  groupIds.push(group.id);
  await db.group.update({ where: { id: group.id }, data: { organiserLocale: locale } });
  return { id: group.id, name };
}

const mailTo = async (to: string) => {
  const mails = await db.outboxMail.findMany({ where: { to } });
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;
  return { ...mail, link: new URL(/https?:\/\/\S+/.exec(mail.text)![0]) };
};

describe("the still-running reminder", () => {
  it("is written in each organiser's language and links to the confirm page in it", async () => {
    const spanish = await staleListing("es", `Círculo de Mamás ${run}`);
    const english = await staleListing("en", `Oak Circle ${run}`);
    expect((await sendStaleReminders(db, now)).sent).toBeGreaterThanOrEqual(2);

    const toSpanish = await mailTo(emails.es);
    expect(toSpanish.subject).toBe(`¿${spanish.name} sigue activo?`);
    expect(toSpanish.text).toContain(`Las familias encuentran ${spanish.name} en Village.`);
    expect(toSpanish.text).not.toContain("Hello");
    expect(toSpanish.link.pathname).toBe("/es/organiser/confirm");
    expect(toSpanish.link.searchParams.get("group")).toBe(spanish.id);

    const toEnglish = await mailTo(emails.en);
    expect(toEnglish.subject).toBe(`Is ${english.name} still running?`);
    expect(toEnglish.text).toContain(`Parents find ${english.name} on Village.`);
    expect(toEnglish.link.pathname).toBe("/organiser/confirm");

    // Both links work: the language is only in the path.
    for (const { link } of [toSpanish, toEnglish]) {
      const opened = await checkConfirmationLink(db, link.searchParams.get("group")!, link.searchParams.get("token")!, now);
      expect(opened.ok).toBe(true);
    }
  });
});
