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

/** Opens (creating if needed) an embedded Postgres. `memory://` keeps it in RAM. */
export async function openPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith("memory://")) {
    // PGlite does not create missing parent folders.
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  const pglite = new PGlite({ dataDir, extensions });
  await pglite.waitReady;
  return pglite;
}
