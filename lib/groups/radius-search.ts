import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { PAGE_SIZE, type SearchFilters } from "./search-params";
import { andAll, filterConditions } from "./search-filters";
import type { TextQuery } from "./text-query";

const { sql, empty } = Prisma;

export type SearchOrigin = { lat: number; lng: number; radiusMeters: number };

export type SearchHit = { id: string; distanceMeters: number | null };

export type SearchPage = {
  hits: SearchHit[];
  /** All matches, local and online. */
  total: number;
  /** Matches with a venue inside the radius. */
  localTotal: number;
};

type Row = { id: string; distance: number | null; total: bigint | number; local_total: bigint | number };

/**
 * The one search query behind /groups and /api/groups: local groups inside the radius,
 * nearest first (cube/earthdistance with a GiST index), then online groups.
 */
export async function searchGroupIds(db: PrismaClient, filters: SearchFilters, origin: SearchOrigin | null, text: TextQuery | null, now = new Date()): Promise<SearchPage> {
  const shared = filterConditions(filters, text, now);
  const wantsOnline = filters.online !== "hide" && (filters.formats.length === 0 || filters.formats.includes("ONLINE"));
  const wantsLocal = filters.online !== "only";

  const parts: Prisma.Sql[] = [];
  if (!origin) {
    const onlineChoice = filters.online === "hide" ? sql`AND g."format" <> 'ONLINE'` : filters.online === "only" ? sql`AND g."format" = 'ONLINE'` : empty;
    parts.push(sql`SELECT g."id", g."name", NULL::float8 AS distance FROM "Group" g WHERE ${andAll(shared)} ${onlineChoice}`);
  } else {
    if (wantsLocal) {
      const here = sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
      parts.push(sql`
        SELECT g."id", g."name", earth_distance(${here}, ll_to_earth(l."lat", l."lng")) AS distance
        FROM "Location" l JOIN "Group" g ON g."id" = l."groupId"
        WHERE earth_box(${here}, ${origin.radiusMeters}::float8) @> ll_to_earth(l."lat", l."lng")
          AND earth_distance(${here}, ll_to_earth(l."lat", l."lng")) <= ${origin.radiusMeters}::float8
          AND g."format" <> 'ONLINE' AND ${andAll(shared)}`);
    }
    if (wantsOnline) {
      parts.push(sql`SELECT g."id", g."name", NULL::float8 AS distance FROM "Group" g WHERE g."format" = 'ONLINE' AND ${andAll(shared)}`);
    }
  }
  if (parts.length === 0) return { hits: [], total: 0, localTotal: 0 };

  // Groups with a searched word in their name come first.
  const relevance = text ? sql`position(${text.words[0]} in lower(r."name")) > 0 DESC,` : empty;
  const rows = await db.$queryRaw<Row[]>(sql`
    SELECT r."id", r.distance,
           count(*) OVER () AS total,
           count(r.distance) OVER () AS local_total
    FROM (${Prisma.join(parts, " UNION ALL ")}) r
    ORDER BY r.distance ASC NULLS LAST, ${relevance} r."name" ASC, r."id" ASC
    LIMIT ${PAGE_SIZE} OFFSET ${(filters.page - 1) * PAGE_SIZE}`);

  const first = rows[0];
  // A page past the end still needs the totals, to say how many pages there are.
  const totals = first ? { total: Number(first.total), localTotal: Number(first.local_total) } : filters.page > 1 ? await countOnly(db, parts) : { total: 0, localTotal: 0 };
  return { hits: rows.map((r) => ({ id: r.id, distanceMeters: r.distance })), ...totals };
}

async function countOnly(db: PrismaClient, parts: Prisma.Sql[]) {
  const [row] = await db.$queryRaw<{ total: bigint; local_total: bigint }[]>(
    sql`SELECT count(*) AS total, count(r.distance) AS local_total FROM (${Prisma.join(parts, " UNION ALL ")}) r`,
  );
  return { total: Number(row?.total ?? 0), localTotal: Number(row?.local_total ?? 0) };
}
