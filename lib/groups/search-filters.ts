import { Prisma } from "@/lib/db/generated/client";
import { publicListingSql } from "@/lib/listings/lifecycle";
import type { SearchFilters } from "./search-params";
import type { TextQuery } from "./text-query";
import { TIMES_OF_DAY } from "./vocabulary";

const { sql, join, empty } = Prisma;

const typed = (values: readonly string[], type: string) => join(values.map((v) => sql`${v}::${Prisma.raw(`"${type}"`)}`));

/** The WHERE conditions every search shares (everything except place and online/local), on "Group" g. */
export function filterConditions(filters: SearchFilters, text: TextQuery | null, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [publicListingSql("g", now)];
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
  if (text) {
    // Must match the expression of the GIN index in the migrations.
    where.push(sql`to_tsvector('simple', g."searchText") @@ to_tsquery('simple', ${text.tsquery})`);
  }
  return where;
}

export const andAll = (conditions: Prisma.Sql[]) => join(conditions, " AND ");
