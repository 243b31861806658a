import type { PrismaClient } from "@/lib/db/generated/client";
import { defaultDistanceUnit } from "@/lib/geo/distance-unit";
import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { resolvePlace, type PlaceResolution, type ResolvedPlace } from "@/lib/geo/resolve-place";
import { loadGroupCards, radiusInMeters, type DistanceUnit, type GroupCard } from "./group-cards";
import { searchGroupIds, type SearchOrigin } from "./radius-search";
import { PAGE_SIZE, type ParamProblem, type SearchFilters, type SortOrder } from "./search-params";
import { interpretText, type TextQuery } from "./text-query";

export type PlaceOutcome =
  | { status: "none" }
  | { status: "coordinates"; place: ResolvedPlace }
  | PlaceResolution;

export type SearchOutcome = {
  filters: SearchFilters;
  problems: ParamProblem[];
  place: PlaceOutcome;
  unit: DistanceUnit;
  /** The words searched for, when any, after spelling correction. */
  text: TextQuery | null;
  results: GroupCard[];
  total: number;
  localTotal: number;
  page: number;
  pageCount: number;
  /** The order the results are in; soonest-first gives way to nearest-first when too many groups match. */
  sort: SortOrder;
};

async function locate(db: PrismaClient, filters: SearchFilters, locale: Locale): Promise<PlaceOutcome> {
  if (filters.lat !== undefined && filters.lng !== undefined) {
    const label = filters.near ?? translatorFor(locale, "Search")("yourLocation");
    return { status: "coordinates", place: { label, queryValue: label, countryCode: "", lat: filters.lat, lng: filters.lng } };
  }
  if (filters.near) return resolvePlace(db, filters.near, locale);
  return { status: "none" };
}

/** Everything /groups and /api/groups need for one search, from validated filters; places are named in `locale`. */
export async function runSearch(db: PrismaClient, filters: SearchFilters, problems: ParamProblem[], now = new Date(), locale: Locale = routing.defaultLocale): Promise<SearchOutcome> {
  const [place, text] = await Promise.all([locate(db, filters, locale), interpretText(db, filters.q, now)]);
  const countryCode = place.status === "found" ? place.place.countryCode : null;
  const unit = filters.unit ?? defaultDistanceUnit(countryCode ?? (place.status === "coordinates" ? "US" : null));
  const base = { filters, problems, place, unit, text, page: filters.page };

  // A place we could not find gives no local results rather than silently searching everywhere.
  if (place.status === "not-found" || place.status === "postal-unsupported") {
    return { ...base, results: [], total: 0, localTotal: 0, pageCount: 0, sort: filters.sort };
  }
  const origin: SearchOrigin | null =
    place.status === "found" || place.status === "coordinates"
      ? { lat: place.place.lat, lng: place.place.lng, radiusMeters: radiusInMeters(filters.radius, unit) }
      : null;
  const found = await searchGroupIds(db, filters, origin, text, now);
  const results = await loadGroupCards(db, found.hits, unit, now);
  return { ...base, results, total: found.total, localTotal: found.localTotal, pageCount: Math.ceil(found.total / PAGE_SIZE), sort: found.sort };
}
