import type { PrismaClient } from "@/lib/db/generated/client";
import { REMIND_EVERY_DAYS, staleListingWhere } from "@/lib/listings/lifecycle";
import { organiserLocaleOf, stillRunningMail, stillRunningUrl } from "@/lib/listings/still-running-mail";
import { sendMail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/log/logger";
import { recipientAddress, recipientSelect } from "./decision-mail";
import { lastReminders } from "./queue";

export type ReminderRun = { stale: number; sent: number; recentlyReminded: number; noAddress: number; failed: number };

const BATCH = 200;

/**
 * Emails a one-click "still running?" link to the organiser of every published listing not
 * confirmed for STALE_AFTER_MONTHS, at most once every REMIND_EVERY_DAYS, in the language
 * the organiser last sent the listing in. Each reminder is recorded in the audit log (a
 * REMINDER_SENT entry) after it is sent, so a failed send is tried again on the next run.
 * Run by `npm run reminders:send`.
 */
export async function sendStaleReminders(db: PrismaClient, now = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { stale: 0, sent: 0, recentlyReminded: 0, noAddress: 0, failed: 0 };
  const remindedSince = new Date(now.getTime() - REMIND_EVERY_DAYS * 86_400_000);
  let cursor: string | undefined;
  for (;;) {
    const groups = await db.group.findMany({
      where: staleListingWhere(now),
      select: { id: true, name: true, ...recipientSelect },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    });
    if (groups.length === 0) return run;
    cursor = groups.at(-1)?.id;
    run.stale += groups.length;
    const reminded = await lastReminders(db, groups.map((g) => g.id));
    for (const group of groups) {
      const last = reminded.get(group.id);
      if (last && last > remindedSince) {
        run.recentlyReminded += 1;
        continue;
      }
      const to = recipientAddress(group);
      if (!to) {
        run.noAddress += 1;
        continue;
      }
      try {
        // In the language the organiser last sent the listing in, linking to pages in it.
        const locale = organiserLocaleOf(group);
        await sendMail(db, { to, ...stillRunningMail(group, await stillRunningUrl(db, group.id, locale), locale) });
        await db.auditEntry.create({
          data: { action: "REMINDER_SENT", actorId: null, groupId: group.id, createdAt: now },
        });
        run.sent += 1;
      } catch (error) {
        run.failed += 1;
        logger.error({ err: error, groupId: group.id }, "could not remind the organiser");
      }
    }
  }
}
