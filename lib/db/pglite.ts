import fs from "node:fs";
import path from "node:path";
import { PGlite, type Extension } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * PGlite compiles every extension's WebAssembly at start-up, all at once, and that
 * occasionally fails half-way ("Cannot read properties of undefined (reading 'value')").
 * The library then loads on first use, but the failed attempt leaves the database broken:
 * queries come back with no rows. Turning the early compile off makes PostgreSQL load each
 * library on first use, one at a time.
 */
const loadLibrariesOnFirstUse: Extension = {
  name: "load-libraries-on-first-use",
  setup: async (_pg, emscriptenOpts) => ({ emscriptenOpts: { ...emscriptenOpts, noWasmDecoding: true } }),
};

/** The extensions the migrations create; PGlite must have them loaded up front. */
const extensions = { loadLibrariesOnFirstUse, cube, earthdistance, pg_trgm, unaccent };

/**
 * Opens (creating if needed) an embedded Postgres. `memory://` keeps it in RAM.
 * `loadDataDir` starts a new database from a backup (see pglite-backup.ts).
 *
 * Durability: on Node, PGlite keeps its files in the data folder itself (Emscripten's
 * NODEFS), and PostgreSQL writes its WAL there when a transaction commits, so a commit has
 * reached the operating system before the query returns and a killed process (kill -9, a
 * crash) loses nothing it acknowledged; the next open replays the WAL. PGlite starts
 * PostgreSQL with fsync off, so a power cut or an operating-system crash can still lose
 * the last moments: take backups (npm run db:backup), or use PostgreSQL where that matters.
 * `relaxedDurability` is left off: it only defers the file-system sync of browser storage,
 * which NODEFS does not need (tests/integration/pglite-durability.test.ts checks all this).
 */
export async function openPglite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<PGlite> {
  if (!dataDir.startsWith("memory://")) {
    // PGlite does not create missing parent folders.
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  const pglite = new PGlite({ dataDir, extensions, ...options });
  await pglite.waitReady;
  return pglite;
}
