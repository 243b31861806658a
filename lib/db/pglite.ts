import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/** The extensions the migrations create; PGlite must have them loaded up front. */
const extensions = { cube, earthdistance, pg_trgm, unaccent };

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
