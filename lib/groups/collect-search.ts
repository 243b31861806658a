import type { PrismaClient } from "@/lib/db/generated/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import { runSearch, type SearchOutcome } from "./run-search";
import type { ParamProblem, SearchFilters } from "./search-params";

/**
 * At most this many groups go into one printed list or one search calendar: about 25
 * printed pages, and as many events as a phone's calendar shows comfortably. Past it the
 * list and the feed say so and point to a narrower search.
 */
export const SEARCH_EXPORT_LIMIT = 100;

export type CollectedSearch = SearchOutcome & {
  /** True when the search found more groups than were collected. */
  capped: boolean;
  limit: number;
};

/**
 * Every group a search finds, from the first, in the search's own order, up to `limit`:
 * the search run page after page with runSearch itself, so a printed list or a calendar
 * holds exactly what /groups shows. `page` is ignored: these are the whole search. Places
 * are named in `locale`, as runSearch names them.
 */
export async function collectSearchResults(
  db: PrismaClient,
  filters: SearchFilters,
  problems: ParamProblem[],
  { limit = SEARCH_EXPORT_LIMIT, now = new Date(), locale = routing.defaultLocale }: { limit?: number; now?: Date; locale?: Locale } = {},
): Promise<CollectedSearch> {
  const first = await runSearch(db, { ...filters, page: 1 }, problems, now, locale);
  const results = [...first.results];
  // Later pages keep the first page's order, even if soonest-first would give way further on.
  const rest = { ...filters, sort: first.sort };
  for (let page = 2; page <= first.pageCount && results.length < limit; page++) {
    results.push(...(await runSearch(db, { ...rest, page }, problems, now, locale)).results);
  }
  return { ...first, filters: { ...filters, page: 1 }, results: results.slice(0, limit), page: 1, capped: first.total > limit, limit };
}
