import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { parsePlaceQuery } from "@/lib/geo/parse-place-query";
import { andAll, filterConditions } from "@/lib/groups/search-filters";
import { parseSearchParams } from "@/lib/groups/search-params";
import { interpretText } from "@/lib/groups/text-query";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { listingIdForOrganization } from "./ids";
import { hsdsListingSelect, type HsdsListing } from "./listing-to-hsds";
import type { LocationKind } from "./locations";
import type { HsdsQuery } from "./params";
import { taxonomySql, taxonomyTermSql } from "./taxonomy-filter";

const { sql, empty } = Prisma;

// The reads behind /api/hsds. Which listings match is worked out in SQL, with the site's
// own public rule and free-text search (filterConditions), then the listings themselves are
// read with hsdsListingSelect, the public fields only, and the public rule once more.

/** The site's search with no filters: the public rule, plus the words when there are any. */
const NO_FILTERS = parseSearchParams(new URLSearchParams()).filters;

type Filters = Pick<HsdsQuery, "search" | "modifiedAfter" | "organizationId" | "taxonomyTermId" | "taxonomyId">;

async function conditionsFor(db: PrismaClient, filters: Filters, now: Date): Promise<Prisma.Sql[]> {
  const text = await interpretText(db, filters.search, now);
  const where = filterConditions(NO_FILTERS, text, now);
  if (filters.modifiedAfter) where.push(sql`g."updatedAt" >= ${filters.modifiedAfter}`);
  if (filters.organizationId) where.push(sql`g."openDataId" = ${listingIdForOrganization(filters.organizationId)}::uuid`);
  if (filters.taxonomyTermId) where.push(taxonomyTermSql(filters.taxonomyTermId));
  if (filters.taxonomyId) where.push(taxonomySql(filters.taxonomyId));
  return where;
}

/** The public listings with these ids, in the order given. */
async function readListings(db: PrismaClient, ids: string[], now: Date): Promise<HsdsListing[]> {
  if (ids.length === 0) return [];
  const listings = await db.group.findMany({ where: { id: { in: ids }, ...publicListingWhere(now) }, select: hsdsListingSelect });
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type Paging = Pick<HsdsQuery, "page" | "perPage">;

const offsetOf = ({ page, perPage }: Paging) => sql`LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;

/** One page of public listings, by name: the services (and organizations) of a list request. */
export async function findListingsPage(db: PrismaClient, query: Filters & Paging, now: Date): Promise<{ listings: HsdsListing[]; total: number }> {
  const where = andAll(await conditionsFor(db, query, now));
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>(sql`
    SELECT g."id", count(*) OVER () AS total FROM "Group" g WHERE ${where}
    ORDER BY g."name" ASC, g."id" ASC ${offsetOf(query)}`);
  const total = rows[0] ? Number(rows[0].total) : query.page > 1 ? await countWhere(db, sql`SELECT 1 FROM "Group" g WHERE ${where}`) : 0;
  return { listings: await readListings(db, rows.map((r) => r.id), now), total };
}

async function countWhere(db: PrismaClient, rows: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>(sql`SELECT count(*) AS total FROM (${rows}) c`);
  return Number(row?.total ?? 0);
}

/** The public listing with this open data id. */
export async function findListing(db: PrismaClient, openDataId: string, now: Date): Promise<HsdsListing | null> {
  return db.group.findFirst({ where: { openDataId, ...publicListingWhere(now) }, select: hsdsListingSelect });
}

/**
 * Every matching public listing, a batch at a time, following a cursor on the primary key:
 * the bulk download never holds more than one batch, however many listings there are.
 */
export async function* listingBatches(db: PrismaClient, query: Filters, now: Date, batchSize = 200): AsyncGenerator<HsdsListing[]> {
  const where = andAll(await conditionsFor(db, query, now));
  let after: string | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after === null ? empty : sql`AND g."id" > ${after}`;
    const rows: { id: string }[] = await db.$queryRaw<{ id: string }[]>(sql`SELECT g."id" FROM "Group" g WHERE ${where} ${cursor} ORDER BY g."id" ASC LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    yield await readListings(db, rows.map((r) => r.id), now);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export type PostcodeCentre = { ok: true; lat: number; lng: number } | { ok: false; message: string };

/** Where a postcode is, from the gazetteer the site's search uses. */
export async function findPostcodeCentre(db: PrismaClient, postcode: string): Promise<PostcodeCentre> {
  const parsed = parsePlaceQuery(postcode);
  if (parsed.kind !== "postal") {
    return { ok: false, message: `"${postcode}" is not a postcode we can place. proximity works with US ZIP codes, Canadian postal codes and Australian postcodes.` };
  }
  const row = await db.postalCode.findUnique({ where: { countryCode_code: { countryCode: parsed.countryCode, code: parsed.code } }, select: { lat: true, lng: true } });
  return row ? { ok: true, ...row } : { ok: false, message: `We don't know where postcode "${postcode}" is.` };
}

/** A postal code compared without case, spaces or dashes; ZIP+4 as its five-digit ZIP. */
const normalizedPostcode = (column: Prisma.Sql) =>
  sql`(CASE WHEN regexp_replace(upper(${column}), '[^A-Z0-9]', '', 'g') ~ '^[0-9]{9}$' THEN left(regexp_replace(${column}, '[^0-9]', '', 'g'), 5) ELSE regexp_replace(upper(${column}), '[^A-Z0-9]', '', 'g') END)`;

export type ServiceAtLocationRow = { listing: HsdsListing; kind: LocationKind; distanceMeters: number | null };

/**
 * One page of service_at_locations: each public in-person or hybrid group at its venue, each
 * online or hybrid group online. With a postcode, venues only: those with that postcode, or
 * with proximity those within that many metres of its centre, nearest first.
 */
export async function findServiceAtLocationsPage(
  db: PrismaClient,
  query: Filters & Paging & Pick<HsdsQuery, "postcode" | "proximity">,
  centre: { lat: number; lng: number } | null,
  now: Date,
): Promise<{ rows: ServiceAtLocationRow[]; total: number }> {
  const where = andAll(await conditionsFor(db, query, now));
  const here = centre ? sql`ll_to_earth(${centre.lat}::float8, ${centre.lng}::float8)` : null;
  const place =
    here && query.proximity
      ? sql`AND earth_box(${here}, ${query.proximity}::float8) @> ll_to_earth(l."lat", l."lng") AND earth_distance(${here}, ll_to_earth(l."lat", l."lng")) <= ${query.proximity}::float8`
      : query.postcode
        ? sql`AND ${normalizedPostcode(sql`l."postalCode"`)} = ${normalizedPostcode(sql`${query.postcode}::text`)}`
        : empty;
  const distance = here ? sql`earth_distance(${here}, ll_to_earth(l."lat", l."lng"))` : sql`NULL::float8`;
  const parts = [
    sql`SELECT g."id", g."name", 'physical' AS kind, ${distance} AS distance FROM "Group" g JOIN "Location" l ON l."groupId" = g."id" WHERE ${where} AND g."format" <> 'ONLINE' ${place}`,
    ...(query.postcode ? [] : [sql`SELECT g."id", g."name", 'virtual' AS kind, NULL::float8 AS distance FROM "Group" g WHERE ${where} AND g."format" <> 'IN_PERSON'`]),
  ];
  const union = Prisma.join(parts, " UNION ALL ");
  const rows = await db.$queryRaw<{ id: string; kind: LocationKind; distance: number | null; total: bigint }[]>(sql`
    SELECT s."id", s.kind, s.distance, count(*) OVER () AS total FROM (${union}) s
    ORDER BY s.distance ASC NULLS LAST, s."name" ASC, s."id" ASC, s.kind ASC ${offsetOf(query)}`);
  const total = rows[0] ? Number(rows[0].total) : query.page > 1 ? await countWhere(db, union) : 0;
  const listings = new Map((await readListings(db, [...new Set(rows.map((r) => r.id))], now)).map((l) => [l.id, l]));
  return {
    rows: rows.flatMap((r) => {
      const listing = listings.get(r.id);
      return listing ? [{ listing, kind: r.kind, distanceMeters: r.distance }] : [];
    }),
    total,
  };
}
