import type { SearchOutcome } from "./run-search";
import type { SearchFilters } from "./search-params";
import { AUDIENCES, COSTS, DAYS, FORMATS, TIMES_OF_DAY, VENUE_TYPES, labelFor } from "./vocabulary";

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** The place a search found, if any: "Austin, TX, United States". */
export function searchPlaceLabel(outcome: Pick<SearchOutcome, "place">): string | null {
  const { place } = outcome;
  return place.status === "found" || place.status === "coordinates" ? place.place.label : null;
}

/** "Support groups near Austin, TX, United States", "Online support groups", or `fallback`. */
export function searchTitle(outcome: Pick<SearchOutcome, "place" | "filters">, fallback = "Support groups"): string {
  const label = searchPlaceLabel(outcome);
  if (label) return `Support groups near ${label}`;
  return outcome.filters.online === "only" ? "Online support groups" : fallback;
}

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online groups" (no full stop). */
export function resultsSentence(outcome: Pick<SearchOutcome, "place" | "filters" | "total" | "localTotal" | "unit">): string {
  const { filters, total, localTotal, unit } = outcome;
  const online = total - localTotal;
  const label = searchPlaceLabel(outcome);
  if (!label) return plural(total, "group");
  if (filters.online === "only") return plural(online, "online group");
  const unitWord = unit === "mi" ? (filters.radius === 1 ? "mile" : "miles") : "km";
  const text = `${plural(localTotal, "group")} within ${filters.radius} ${unitWord} of ${label}`;
  return online > 0 ? `${text}, and ${plural(online, "online group")}` : text;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** The filters a search has on, in words, for a printed list or a feed: ["Free", "Tuesday", "Spanish"]. */
export function filterLabels(filters: SearchFilters): string[] {
  return [
    ...(filters.q ? [`“${filters.q}”`] : []),
    ...filters.formats.map((v) => labelFor(FORMATS, v)),
    ...filters.venues.map((v) => labelFor(VENUE_TYPES, v)),
    ...filters.days.map((v) => labelFor(DAYS, v)),
    ...filters.times.map((t) => TIMES_OF_DAY[t].label),
    ...filters.audiences.map((v) => labelFor(AUDIENCES, v)),
    ...filters.languages.map((code) => languageNames.of(code) ?? code),
    ...(filters.cost ? [COSTS[filters.cost]] : []),
    ...(filters.babies ? ["Babies welcome"] : []),
    ...(filters.childcare ? ["Childcare provided"] : []),
    ...(filters.accessible ? ["Wheelchair accessible"] : []),
    ...(filters.online === "hide" ? ["In person only"] : []),
  ];
}
