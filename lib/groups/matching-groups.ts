import { Prisma } from "@/lib/db/generated/client";
import type { SearchFilters } from "./search-params";
import { andAll, filterConditions } from "./search-filters";
import type { TextQuery } from "./text-query";

const { sql, empty } = Prisma;

export type SearchOrigin = { lat: number; lng: number; radiusMeters: number };

/**
 * The groups a search matches, as SELECTs of (id, name, distance) to join with UNION ALL:
 * local groups inside the radius (cube/earthdistance with a GiST index) and online groups,
 * or every group when no place is given. Empty when the filters rule everything out.
 */
export function matchingGroupsSql(filters: SearchFilters, origin: SearchOrigin | null, text: TextQuery | null, now: Date): Prisma.Sql[] {
  const shared = filterConditions(filters, text, now);
  if (!origin) {
    const onlineChoice = filters.online === "hide" ? sql`AND g."format" <> 'ONLINE'` : filters.online === "only" ? sql`AND g."format" = 'ONLINE'` : empty;
    return [sql`SELECT g."id", g."name", NULL::float8 AS distance FROM "Group" g WHERE ${andAll(shared)} ${onlineChoice}`];
  }
  const parts: Prisma.Sql[] = [];
  if (filters.online !== "only") {
    const here = sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
    parts.push(sql`
      SELECT g."id", g."name", earth_distance(${here}, ll_to_earth(l."lat", l."lng")) AS distance
      FROM "Location" l JOIN "Group" g ON g."id" = l."groupId"
      WHERE earth_box(${here}, ${origin.radiusMeters}::float8) @> ll_to_earth(l."lat", l."lng")
        AND earth_distance(${here}, ll_to_earth(l."lat", l."lng")) <= ${origin.radiusMeters}::float8
        AND g."format" <> 'ONLINE' AND ${andAll(shared)}`);
  }
  const wantsOnline = filters.online !== "hide" && (filters.formats.length === 0 || filters.formats.includes("ONLINE"));
  if (wantsOnline) {
    parts.push(sql`SELECT g."id", g."name", NULL::float8 AS distance FROM "Group" g WHERE g."format" = 'ONLINE' AND ${andAll(shared)}`);
  }
  return parts;
}

export const unionOf = (parts: Prisma.Sql[]) => Prisma.join(parts, " UNION ALL ");
