import { databaseTargetFromEnv } from "@/lib/db/adapter";
import { restorePglite } from "@/lib/db/pglite-backup";

// `npm run db:restore -- FILE`: replaces the embedded database (PGlite) with a backup made
// by db:backup. The database it replaces is kept beside it. Stop the site first.
const target = databaseTargetFromEnv();
if (target.kind === "postgres") {
  console.error("DATABASE_URL is set: restore PostgreSQL with its own tools, e.g.\n  pg_restore --clean --if-exists --no-owner --dbname=\"$DATABASE_URL\" village.dump\n(db:restore is for the embedded database only.)");
  process.exit(1);
}
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- backups/village-….tar.gz");
  process.exit(1);
}
try {
  const { groups, previous } = await restorePglite(target.dataDir, file);
  console.log(`Restored ${file} into ${target.dataDir} (${groups.toLocaleString("en")} listings).`);
  if (previous) console.log(`The database it replaced is kept in ${previous}; delete it when you no longer need it.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
