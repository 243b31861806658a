import type { PrismaClient } from "@/lib/db/generated/client";
import { readPlaces, readPostalCodes, type PlaceAliasRow, type PlaceRow, type PostalCodeRow } from "./gazetteer-sources";

export type GazetteerProgress = (message: string) => void;

const BATCH = 5_000;

/**
 * Loads the place and postal-code tables from the npm data packages, once.
 * A database that already holds them is left alone, so this is cheap to call on every start.
 */
export async function loadGazetteer(db: PrismaClient, options: { onProgress?: GazetteerProgress; force?: boolean } = {}): Promise<{ places: number; postalCodes: number; skipped: boolean }> {
  const log = options.onProgress ?? (() => {});
  // All three tables filled means a finished load; anything less is redone from scratch.
  const [placeCount, aliasCount, postalCount] = await Promise.all([db.place.count(), db.placeAlias.count(), db.postalCode.count()]);
  if (!options.force && placeCount > 0 && aliasCount > 0 && postalCount > 0) {
    return { places: placeCount, postalCodes: postalCount, skipped: true };
  }
  await db.$executeRawUnsafe(`TRUNCATE "Place", "PlaceAlias", "PostalCode"`);

  const { places, aliases } = readPlaces();
  await insertInBatches(places, (rows) => insertPlaces(db, rows), (done) => log(`Gazetteer: ${done.toLocaleString("en")} / ${places.length.toLocaleString("en")} places`));
  await insertInBatches(aliases, (rows) => insertAliases(db, rows), (done) => log(`Gazetteer: ${done.toLocaleString("en")} / ${aliases.length.toLocaleString("en")} other place names`));
  const postalCodes = readPostalCodes();
  await insertInBatches(postalCodes, (rows) => insertPostalCodes(db, rows), (done) => log(`Gazetteer: ${done.toLocaleString("en")} / ${postalCodes.length.toLocaleString("en")} postal codes`));
  await db.$executeRawUnsafe(`ANALYZE "Place"`);
  await db.$executeRawUnsafe(`ANALYZE "PlaceAlias"`);
  await db.$executeRawUnsafe(`ANALYZE "PostalCode"`);
  return { places: places.length, postalCodes: postalCodes.length, skipped: false };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, progress: (done: number) => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await insert(rows.slice(i, i + BATCH));
    const done = Math.min(i + BATCH, rows.length);
    if (done === rows.length || (i / BATCH) % 10 === 9) progress(done);
  }
}

// One JSON parameter per batch: the same statement works through both driver adapters.
function insertPlaces(db: PrismaClient, rows: PlaceRow[]) {
  return db.$executeRawUnsafe(
    `INSERT INTO "Place" ("id", "name", "nameKey", "countryCode", "adminCode", "population", "lat", "lng", "timeZone")
     SELECT "id", "name", "nameKey", "countryCode", "adminCode", "population", "lat", "lng", "timeZone"
     FROM json_to_recordset($1::json) AS x("id" int, "name" text, "nameKey" text, "countryCode" text, "adminCode" text, "population" int, "lat" float8, "lng" float8, "timeZone" text)
     ON CONFLICT ("id") DO NOTHING`,
    JSON.stringify(rows),
  );
}

function insertAliases(db: PrismaClient, rows: PlaceAliasRow[]) {
  return db.$executeRawUnsafe(
    `INSERT INTO "PlaceAlias" ("nameKey", "placeId")
     SELECT "nameKey", "placeId" FROM json_to_recordset($1::json) AS x("nameKey" text, "placeId" int)
     ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}

function insertPostalCodes(db: PrismaClient, rows: PostalCodeRow[]) {
  return db.$executeRawUnsafe(
    `INSERT INTO "PostalCode" ("countryCode", "code", "placeName", "adminCode", "lat", "lng")
     SELECT "countryCode", "code", "placeName", "adminCode", "lat", "lng"
     FROM json_to_recordset($1::json) AS x("countryCode" text, "code" text, "placeName" text, "adminCode" text, "lat" float8, "lng" float8)
     ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}
