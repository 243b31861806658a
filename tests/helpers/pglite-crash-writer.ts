import { getDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/run-migrations";
import { submitListing } from "@/lib/listings/manage-listing";
import { ensureLanguages } from "@/prisma/seed/languages";

// Writes listings into the PGlite database in PGLITE_DATA_DIR through submitListing, one
// after another, until it is killed. After each submission the site would have answered
// "thank you" for, it prints "ok <slug>": the listings a crash must not lose.

const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 1);

await migrateDatabase();
const db = await getDb();
await ensureLanguages(db);
const organiser = await db.user.create({ data: { email: `crash.writer.${Date.now()}@example.org`, role: "ORGANISER" }, select: { id: true, role: true } });
console.log("ready");

for (let i = 1; ; i++) {
  const result = await submitListing(
    db,
    organiser,
    {
      name: `Crash Safe Circle ${i}`,
      summary: "An online drop-in for new parents.",
      description: "Questions, company and the small wins of the week.",
      audiences: ["ALL_NEW_PARENTS"],
      languages: ["en"],
      isFree: true,
      registrationRequired: false,
      babiesWelcome: true,
      contactEmail: "crash@example.org",
      format: "ONLINE",
      onlineJoinUrl: "https://example.org/join",
      timeZone: "Europe/London",
      meetings: [{ frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "60", startDate: "2026-01-06" }],
    },
    // An hour apart, so the per-organiser submission limit never refuses one.
    new Date(start + i * HOUR),
  );
  if (!result.ok || !result.group) throw new Error(`submission ${i} refused: ${JSON.stringify(result)}`);
  console.log(`ok ${result.group.slug}`);
}
