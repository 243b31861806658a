import { translatorFor } from "@/lib/i18n/messages";
import { languageName } from "@/lib/i18n/language-names";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { SearchOutcome } from "./run-search";
import type { SearchFilters } from "./search-params";
import { AUDIENCES, DAYS, FORMATS, VENUE_TYPES, slugOf } from "./vocabulary";

// What a search found, in words: the search page's status line, the printed list, the
// embedded list, its builder page and the calendar feed all say it the same way, from the
// Search messages (resultsNear, resultsNearAndOnline, resultsOnline, resultsAll).

type ResultsOutcome = Pick<SearchOutcome, "place" | "filters" | "total" | "localTotal" | "unit">;
type ResultsKey = "resultsNear" | "resultsNearAndOnline" | "resultsOnline" | "resultsAll";
type ResultsValues = { total: number; local: number; online: number; radius: number; unit: string; place: string };

/** The Search messages' translator, or any function that words their keys the same way (getTranslations, useTranslations). */
export type ResultsWords = (key: ResultsKey, values: ResultsValues) => string;

/** The place a search found, if any: "Austin, TX, United States". */
export function searchPlaceLabel(outcome: Pick<SearchOutcome, "place">): string | null {
  const { place } = outcome;
  return place.status === "found" || place.status === "coordinates" ? place.place.label : null;
}

/** Which results message fits the search, with its arguments. */
export function resultsMessage(outcome: ResultsOutcome): { key: ResultsKey; values: ResultsValues } {
  const { filters, total, localTotal, unit } = outcome;
  const label = searchPlaceLabel(outcome);
  const values = { total, local: localTotal, online: total - localTotal, radius: filters.radius, unit, place: label ?? "" };
  if (!label) return { key: "resultsAll", values };
  if (filters.online === "only") return { key: "resultsOnline", values };
  return { key: values.online > 0 ? "resultsNearAndOnline" : "resultsNear", values };
}

/**
 * "12 groups within 10 miles of Austin, TX, United States, and 22 online groups" (no full
 * stop, so it can sit inside another sentence); "12 grupos a menos de 10 millas de …" in
 * Spanish. `words` is a language, or the page's own Search translator.
 */
export function resultsSentence(outcome: ResultsOutcome, words: Locale | ResultsWords = routing.defaultLocale): string {
  const t: ResultsWords = typeof words === "function" ? words : translatorFor(words, "Search");
  const { key, values } = resultsMessage(outcome);
  return t(key, values);
}

/** "Support groups near Austin, TX, United States", "Online support groups", or "Support groups". */
export function searchTitle(outcome: Pick<SearchOutcome, "place" | "filters">, locale: Locale = routing.defaultLocale): string {
  const t = translatorFor(locale, "Search");
  const label = searchPlaceLabel(outcome);
  if (label) return t("headingNear", { place: label });
  return outcome.filters.online === "only" ? t("headingOnline") : translatorFor(locale, "Share")("allGroups");
}

/** The filters a search has on, in words, for a printed list or a feed: ["Free", "Tuesday", "Spanish"]. */
export function filterLabels(filters: SearchFilters, locale: Locale = routing.defaultLocale): string[] {
  const v = translatorFor(locale, "Vocabulary");
  const s = translatorFor(locale, "Share");
  return [
    ...(filters.q ? [s("searchWords", { words: filters.q })] : []),
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
    ...(filters.online === "hide" ? [s("inPersonOnly")] : []),
  ];
}
