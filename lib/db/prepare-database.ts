import { closeDb, getDb } from "./client";
import { databaseTargetFromEnv } from "./adapter";
import { describeTarget, migrateDatabase } from "./run-migrations";
import { loadGazetteer } from "@/lib/geo/load-gazetteer";

/**
 * Brings the configured database to a usable state: migrated, gazetteer loaded, and
 * (when it holds no groups yet) filled with demo data. Safe to run on every start.
 */
export async function prepareDatabase(options: { seedDemo: (db: Awaited<ReturnType<typeof getDb>>) => Promise<unknown>; log?: (message: string) => void }) {
  const log = options.log ?? console.log;
  const target = databaseTargetFromEnv();
  log(`Database: ${describeTarget(target)}`);
  const applied = await migrateDatabase(target);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  const db = await getDb();
  try {
    const gazetteer = await loadGazetteer(db, { onProgress: log });
    if (!gazetteer.skipped) log(`Loaded ${gazetteer.places.toLocaleString("en")} places and ${gazetteer.postalCodes.toLocaleString("en")} postal codes.`);
    if ((await db.group.count()) === 0) {
      log("No groups yet: loading demo data…");
      await options.seedDemo(db);
    }
  } finally {
    await closeDb();
  }
}
