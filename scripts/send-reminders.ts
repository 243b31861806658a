import { closeDb, getDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/run-migrations";
import { readEnv } from "@/lib/env";
import { REMIND_EVERY_DAYS, STALE_AFTER_MONTHS } from "@/lib/listings/lifecycle";
import { sendStaleReminders } from "@/lib/moderation/stale-reminders";

// `npm run reminders:send`: emails "is your group still running?" to organisers of listings
// not confirmed for STALE_AFTER_MONTHS, once every REMIND_EVERY_DAYS. Safe to run daily
// (from cron or a scheduler): organisers reminded recently are skipped.
readEnv();
await migrateDatabase();
const db = await getDb();
try {
  const run = await sendStaleReminders(db, new Date());
  console.log(
    `Listings not confirmed for ${STALE_AFTER_MONTHS} months: ${run.stale}. Reminders sent: ${run.sent}; ` +
      `reminded in the last ${REMIND_EVERY_DAYS} days: ${run.recentlyReminded}; no address: ${run.noAddress}; failed: ${run.failed}.`,
  );
  if (run.failed > 0) process.exitCode = 1;
} finally {
  await closeDb();
}
