import type { CollectedSearch } from "@/lib/groups/collect-search";
import type { ParamProblem, SearchFilters } from "@/lib/groups/search-params";
import { AUDIENCES, DAYS, FORMATS, VENUE_TYPES, slugOf } from "@/lib/groups/vocabulary";
import { languageName } from "@/lib/i18n/language-names";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// What a search's calendar says of itself, and what its address answers when it cannot be
// made, in the language of that address. The words are the search page's own (Search and
// Vocabulary messages), so the feed names a search as the page does.

/** The language of the search schema's own messages (lib/groups/search-params.ts). */
const SCHEMA_LOCALE: Locale = "en";

type Search = Pick<CollectedSearch, "place" | "filters" | "total" | "localTotal" | "unit" | "capped" | "limit">;

const placeLabel = ({ place }: Pick<Search, "place">) => (place.status === "found" || place.status === "coordinates" ? place.place.label : null);

/** "Support groups near Austin, TX, United States", "Online support groups" or "Support groups". */
function searchTitle(found: Search, locale: Locale): string {
  const search = translatorFor(locale, "Search");
  const label = placeLabel(found);
  if (label) return search("headingNear", { place: label });
  return found.filters.online === "only" ? search("headingOnline") : translatorFor(locale, "Calendar")("searchTitle");
}

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online groups.", as the results page says it. */
function resultsSentence(found: Search, locale: Locale): string {
  const search = translatorFor(locale, "Search");
  const { filters, total, localTotal, unit } = found;
  const online = total - localTotal;
  const label = placeLabel(found);
  if (!label) return search("summaryAll", { total });
  if (filters.online === "only") return search("summaryOnline", { online });
  const near = { local: localTotal, radius: filters.radius, unit, place: label };
  return online > 0 ? search("summaryNearAndOnline", { ...near, online }) : search("summaryNearOnly", near);
}

/** The filters a search has on, in words: ["Free", "Tuesday", "Spanish"]. */
export function filterWords(filters: SearchFilters, locale: Locale): string[] {
  const v = translatorFor(locale, "Vocabulary");
  const t = translatorFor(locale, "Calendar");
  return [
    ...(filters.q ? [t("searchWords", { words: filters.q })] : []),
    ...filters.formats.map((value) => v(`formats.${slugOf(FORMATS, value)}`)),
    ...filters.venues.map((value) => v(`venues.${slugOf(VENUE_TYPES, value)}`)),
    ...filters.days.map((value) => v(`days.${slugOf(DAYS, value)}`)),
    ...filters.times.map((time) => v(`times.${time}`)),
    ...filters.audiences.map((value) => v(`audiences.${slugOf(AUDIENCES, value)}`)),
    ...filters.languages.map((code) => languageName(code, locale)),
    ...(filters.cost ? [v(`costs.${filters.cost}`)] : []),
    ...(filters.babies ? [v("babiesWelcome")] : []),
    ...(filters.childcare ? [v("childcareProvided")] : []),
    ...(filters.accessible ? [v("wheelchairAccessible")] : []),
    ...(filters.online === "hide" ? [t("inPersonOnly")] : []),
  ];
}

/** The feed's name and description: what it holds, whether it was cut short, and the page it follows. */
export function describeSearchCalendar(found: Search, searchUrl: string, locale: Locale): { name: string; description: string } {
  const t = translatorFor(locale, "Calendar");
  const title = searchTitle(found, locale);
  const filters = filterWords(found.filters, locale);
  return {
    name: filters.length > 0 ? t("searchNameWithFilters", { title, filters: filters.join(", ") }) : t("searchName", { title }),
    description: [resultsSentence(found, locale), found.capped ? t("capped", { limit: found.limit }) : null, t("seeList", { url: searchUrl })].filter(Boolean).join(" "),
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
