import { databaseTargetFromEnv } from "@/lib/db/adapter";
import { describeTarget, migrateDatabase } from "@/lib/db/run-migrations";

const target = databaseTargetFromEnv();
console.log(`Migrating ${describeTarget(target)}…`);
const applied = await migrateDatabase(target);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Already up to date.");
