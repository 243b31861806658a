import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { recentValue } from "@/lib/cache/recent-value";
import { publicListingSql } from "@/lib/listings/lifecycle";

type LanguageChoice = { code: string; name: string };

/**
 * Languages that at least one public group meets in, for the filter list: offering one with
 * no results would mislead. One EXISTS per language stops at the first public group; Prisma's
 * `groups: { some }` read every group's languages instead (270 ms at 100,000 groups).
 */
export async function listLanguagesInUse(db: PrismaClient, now = new Date()): Promise<LanguageChoice[]> {
  return db.$queryRaw<LanguageChoice[]>(Prisma.sql`
    SELECT l."code", l."name" FROM "Language" l
    WHERE EXISTS (SELECT 1 FROM "_GroupToLanguage" gl JOIN "Group" g ON g."id" = gl."A" WHERE gl."B" = l."code" AND ${publicListingSql("g", now)})
    ORDER BY l."name" ASC`);
}

// Every search page shows the list; it changes only when a group in a new language is
// published (or the last one in a language leaves), so a minute out of date is fine.
const LANGUAGES_MAX_AGE_MS = 60_000;
let recentLanguages: (() => Promise<LanguageChoice[]>) | undefined;

/** listLanguagesInUse, worked out at most once a minute per process. */
export function languagesForFilters(db: PrismaClient): Promise<LanguageChoice[]> {
  recentLanguages ??= recentValue(LANGUAGES_MAX_AGE_MS, () => listLanguagesInUse(db));
  return recentLanguages();
}
