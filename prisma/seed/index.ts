import { pathToFileURL } from "node:url";
import { databaseTargetFromEnv } from "@/lib/db/adapter";
import { closeDb, getDb } from "@/lib/db/client";
import { describeTarget, migrateDatabase } from "@/lib/db/run-migrations";
import { loadGazetteer } from "@/lib/geo/load-gazetteer";
import { deleteGroupsAndUsers, seedDemoData } from "./demo-data";
import { seedSyntheticGroups } from "./synthetic";

// `npm run db:seed [-- --reset] [-- --synthetic 100000]`
// Migrates, loads the gazetteer (once), then the demo listings (once), then any synthetic ones.

export { seedDemoData, unpublishedMarkerWords } from "./demo-data";

export type SeedOptions = { reset: boolean; synthetic: number };

export function parseSeedArgs(argv: string[]): SeedOptions {
  const options: SeedOptions = { reset: false, synthetic: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--reset") options.reset = true;
    else if (arg === "--synthetic" || arg.startsWith("--synthetic=")) {
      const value = arg.includes("=") ? arg.split("=")[1] : argv[++i];
      const count = Number(value?.replace(/[_,]/g, ""));
      if (!Number.isInteger(count) || count < 0) throw new Error(`--synthetic needs a whole number of groups, got "${value ?? ""}"`);
      options.synthetic = count;
    } else throw new Error(`Unknown option "${arg}". Usage: db:seed [--reset] [--synthetic N]`);
  }
  return options;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

export async function runSeed(options: SeedOptions): Promise<void> {
  const started = performance.now();
  const target = databaseTargetFromEnv();
  console.log(`Seeding ${describeTarget(target)}…`);
  const applied = await migrateDatabase(target);
  console.log(applied.length ? `Migrations applied: ${applied.join(", ")}` : "Migrations: already up to date.");

  const db = await getDb();
  try {
    const gazetteer = await loadGazetteer(db, { onProgress: (line) => console.log(`  ${line}`) });
    console.log(`Gazetteer: ${gazetteer.skipped ? "already loaded" : "loaded"} (${gazetteer.places.toLocaleString("en")} places, ${gazetteer.postalCodes.toLocaleString("en")} postal codes).`);

    if (options.reset) {
      await deleteGroupsAndUsers(db);
      console.log("Reset: deleted every listing and user.");
    }

    const demo = await seedDemoData(db, { onProgress: (line) => console.log(`  ${line}`) });
    console.log(demo.skipped ? "Demo data: already loaded." : `Demo data: ${demo.created} listings created.`);

    if (options.synthetic > 0) {
      const t = performance.now();
      const result = await seedSyntheticGroups(db, options.synthetic, (done, total) =>
        console.log(`  Synthetic groups: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${seconds(t)})`),
      );
      console.log(`Synthetic data: ${result.inserted.toLocaleString("en")} new groups around ${result.placeSource} places in ${seconds(t)}.`);
    }
    console.log(`Done in ${seconds(started)}.`);
  } finally {
    await closeDb();
  }
}

// Run only as a script, so tests and the start script can import seedDemoData from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options: SeedOptions | undefined;
  try {
    options = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
  if (options) {
    try {
      await runSeed(options);
    } catch (error) {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
