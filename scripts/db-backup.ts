import { databaseTargetFromEnv } from "@/lib/db/adapter";
import { backupPglite, defaultBackupFile } from "@/lib/db/pglite-backup";

// `npm run db:backup [-- FILE]`: a backup of the embedded database (PGlite), by default in
// backups/. Stop the site first: PGlite allows one process at a time.
const target = databaseTargetFromEnv();
if (target.kind === "postgres") {
  console.error("DATABASE_URL is set: back up PostgreSQL with its own tools, e.g.\n  pg_dump --format=custom --file=village.dump \"$DATABASE_URL\"\n(db:backup is for the embedded database only.)");
  process.exit(1);
}
const file = process.argv[2] ?? defaultBackupFile();
try {
  const bytes = await backupPglite(target.dataDir, file);
  console.log(`Backed up ${target.dataDir} to ${file} (${(bytes / 1_048_576).toFixed(1)} MB). Restore it with: npm run db:restore -- ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
