import fs from "node:fs";
import path from "node:path";
import { openPglite } from "./pglite";

// Backups of the embedded database: PGlite's own dumpDataDir(), a gzipped tarball of the
// whole data folder, and its loadDataDir option, which starts a new database from one.
// PGlite is single-process, so the site must be stopped while either runs.

/** True when `dataDir` holds a PGlite (PostgreSQL) database. */
export const holdsDatabase = (dataDir: string) => fs.existsSync(path.join(dataDir, "PG_VERSION"));

/** A file name for a backup taken now: `village-2026-12-01T09-30-00Z.tar.gz`. */
export function defaultBackupFile(now = new Date()): string {
  return path.join("backups", `village-${now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}.tar.gz`);
}

/** Writes a gzipped tarball of the database in `dataDir` to `file`; returns its size in bytes. */
export async function backupPglite(dataDir: string, file: string): Promise<number> {
  if (!holdsDatabase(dataDir)) throw new Error(`There is no database in ${dataDir} to back up.`);
  const pglite = await openPglite(dataDir);
  try {
    // A checkpoint first, so the tarball's data files are current on their own.
    await pglite.exec("CHECKPOINT");
    const bytes = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Written beside, then renamed: a backup file is either whole or absent.
    fs.writeFileSync(`${file}.partial`, bytes);
    fs.renameSync(`${file}.partial`, file);
    return bytes.length;
  } finally {
    await pglite.close();
  }
}

/**
 * Replaces the database in `dataDir` with the one in the backup `file`. The backup is
 * unpacked and opened in a folder beside it first, so a damaged file changes nothing; the
 * database it replaces is kept, renamed, and its folder returned.
 */
export async function restorePglite(dataDir: string, file: string, now = new Date()): Promise<{ groups: number; previous: string | null }> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const staging = `${dataDir}.restoring`;
  fs.rmSync(staging, { recursive: true, force: true });
  let groups: number;
  try {
    const pglite = await openPglite(staging, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      const { rows } = await pglite.query<{ groups: number }>(`SELECT count(*)::int AS groups FROM "Group"`);
      groups = rows[0]?.groups ?? 0;
    } finally {
      await pglite.close();
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`${file} is not a backup of this site's database: ${error instanceof Error ? error.message : String(error)}`);
  }
  let previous: string | null = null;
  if (fs.existsSync(dataDir)) {
    previous = `${dataDir}.before-restore-${now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}`;
    fs.renameSync(dataDir, previous);
  }
  fs.renameSync(staging, dataDir);
  return { groups, previous };
}
