import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { matchingGroupsSql, unionOf, type SearchOrigin } from "./matching-groups";
import { PAGE_SIZE, type SearchFilters } from "./search-params";
import { searchBySoonest } from "./soonest-search";
import type { TextQuery } from "./text-query";

const { sql, empty } = Prisma;

export type { SearchOrigin };

export type SearchHit = { id: string; distanceMeters: number | null };

export type SearchPage = {
  hits: SearchHit[];
  /** All matches, local and online. */
  total: number;
  /** Matches with a venue inside the radius. */
  localTotal: number;
  /** The order the hits are in: "soonest" can fall back to "nearest" when too many groups match. */
  sort: SearchFilters["sort"];
};

type Row = { id: string; distance: number | null };

/**
 * The one search query behind /groups and /api/groups: local groups inside the radius,
 * nearest first, then online groups; or, with sort=soonest, every match by its next meeting.
 */
export async function searchGroupIds(db: PrismaClient, filters: SearchFilters, origin: SearchOrigin | null, text: TextQuery | null, now = new Date()): Promise<SearchPage> {
  const parts = matchingGroupsSql(filters, origin, text, now);
  if (parts.length === 0) return { hits: [], total: 0, localTotal: 0, sort: filters.sort };
  if (filters.sort === "soonest") {
    const soonest = await searchBySoonest(db, parts, filters.page, now);
    if (soonest) return { ...soonest, sort: "soonest" };
  }

  // Groups with a searched word in their name come first.
  const relevance = text ? sql`position(${text.words[0]} in lower(r."name")) > 0 DESC,` : empty;
  const order = sql`r.distance ASC NULLS LAST, ${relevance} r."name" ASC, r."id" ASC`;
  // Each part is cut to the rows this page could need before they are put together, so the
  // database walks the online groups in index order and stops, instead of sorting all of
  // them (15,000 at 100,000 groups: 75 ms) to keep 20. The totals are a separate count.
  const enough = filters.page * PAGE_SIZE;
  const pageParts = parts.map((part) => sql`(SELECT * FROM (${part}) r ORDER BY ${order} LIMIT ${enough})`);
  const [rows, totals] = await Promise.all([
    db.$queryRaw<Row[]>(sql`
      SELECT r."id", r.distance FROM (${unionOf(pageParts)}) r
      ORDER BY ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${(filters.page - 1) * PAGE_SIZE}`),
    countOnly(db, parts),
  ]);
  return { hits: rows.map((r) => ({ id: r.id, distanceMeters: r.distance })), ...totals, sort: "nearest" };
}

export async function countOnly(db: PrismaClient, parts: Prisma.Sql[]) {
  const [row] = await db.$queryRaw<{ total: bigint; local_total: bigint }[]>(
    sql`SELECT count(*) AS total, count(r.distance) AS local_total FROM (${unionOf(parts)}) r`,
  );
  return { total: Number(row?.total ?? 0), localTotal: Number(row?.local_total ?? 0) };
}
