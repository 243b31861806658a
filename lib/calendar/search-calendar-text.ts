import type { CollectedSearch } from "@/lib/groups/collect-search";
import type { ParamProblem } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// What a search's calendar says of itself, and what its address answers when it cannot be
// made, in the language of that address. The words are the search page's own
// (lib/groups/search-summary.ts), so the feed names a search as the page does.

/** The language of the search schema's own messages (lib/groups/search-params.ts). */
const SCHEMA_LOCALE: Locale = "en";

type Search = Pick<CollectedSearch, "place" | "filters" | "total" | "localTotal" | "unit" | "capped" | "limit">;

/** The feed's name and description: what it holds, whether it was cut short, and the page it follows. */
export function describeSearchCalendar(found: Search, searchUrl: string, locale: Locale): { name: string; description: string } {
  const t = translatorFor(locale, "Calendar");
  const title = searchTitle(found, locale);
  const filters = filterLabels(found.filters, locale);
  return {
    name: filters.length > 0 ? t("searchNameWithFilters", { title, filters: filters.join(", ") }) : t("searchName", { title }),
    description: [translatorFor(locale, "Search")("resultsSentence", { results: resultsSentence(found, locale) }), found.capped ? t("capped", { limit: found.limit }) : null, t("seeList", { url: searchUrl })].filter(Boolean).join(" "),
  };
}

/** The lines of the answer to a calendar address with values the search cannot use. */
export function invalidSearchLines(invalid: ParamProblem[], searchPage: string, locale: Locale): string[] {
  const t = translatorFor(locale, "Calendar");
  const search = translatorFor(locale, "Search");
  // The schema's own sentence names the value, but it is English; other languages have the
  // search page's one sentence per parameter.
  const problemText = (p: ParamProblem) => {
    const key = `problems.${p.param}`;
    return locale !== SCHEMA_LOCALE && search.has(key as never) ? search(key as never) : p.message;
  };
  return [
    t("invalidValues"),
    ...invalid.map((p) => t("invalidValue", { param: p.value ? `${p.param}=${p.value}` : p.param, problem: problemText(p) })),
    t("searchAgain", { url: searchPage }),
  ];
}

/** The lines of the answer to a calendar address whose place we could not find. */
export function placeNotFoundLines(place: string, suggestions: string[], searchPage: string, locale: Locale): string[] {
  const t = translatorFor(locale, "Calendar");
  const places = new Intl.ListFormat(locale, { type: "disjunction" }).format(suggestions);
  return [t("placeNotFound", { place }), ...(suggestions.length > 0 ? [t("didYouMean", { places })] : []), t("searchAgain", { url: searchPage })];
}
