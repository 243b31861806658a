import { Prisma } from "@/lib/db/generated/client";
import { normalizeForSearch } from "@/lib/text/normalize";
import type { SearchFilters } from "./search-params";
import { TIMES_OF_DAY } from "./vocabulary";

const { sql, join, empty } = Prisma;

const typed = (values: readonly string[], type: string) => join(values.map((v) => sql`${v}::${Prisma.raw(`"${type}"`)}`));

/** The WHERE conditions every search shares (everything except place and online/local). */
export function filterConditions(filters: SearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [sql`g."status" = 'PUBLISHED'`];
  if (filters.formats.length) where.push(sql`g."format" IN (${typed(filters.formats, "GroupFormat")})`);
  if (filters.venues.length) where.push(sql`g."venueType" IN (${typed(filters.venues, "VenueType")})`);
  if (filters.audiences.length) where.push(sql`g."audiences" && ARRAY[${typed(filters.audiences, "Audience")}]`);
  if (filters.cost) where.push(sql`g."isFree" = ${filters.cost === "free"}`);
  if (filters.babies) where.push(sql`g."babiesWelcome"`);
  if (filters.childcare) where.push(sql`g."childcareProvided"`);
  if (filters.accessible) where.push(sql`g."wheelchairAccessible"`);
  if (filters.languages.length) {
    where.push(sql`EXISTS (SELECT 1 FROM "_GroupToLanguage" gl WHERE gl."A" = g."id" AND gl."B" IN (${join(filters.languages)}))`);
  }
  if (filters.days.length || filters.times.length) {
    const day = filters.days.length ? sql`AND m."weekday" IN (${typed(filters.days, "Weekday")})` : empty;
    const windows = filters.times.map((t) => sql`(m."startMinutes" >= ${TIMES_OF_DAY[t].from} AND m."startMinutes" < ${TIMES_OF_DAY[t].to})`);
    const time = windows.length ? sql`AND (${join(windows, " OR ")})` : empty;
    where.push(sql`EXISTS (SELECT 1 FROM "Meeting" m WHERE m."groupId" = g."id" ${day} ${time})`);
  }
  const text = textQuery(filters);
  if (text) {
    // Substring for exact words, word similarity (trigram index) for typos.
    where.push(sql`(g."searchText" LIKE ${`%${text}%`} OR ${text} <% g."searchText")`);
  }
  return where;
}

export function textQuery(filters: SearchFilters): string | null {
  const text = filters.q ? normalizeForSearch(filters.q) : "";
  return text.length ? text : null;
}

export const andAll = (conditions: Prisma.Sql[]) => join(conditions, " AND ");
