import { routing, type Locale } from "@/lib/i18n/routing";
import type { PrismaClient } from "@/lib/db/generated/client";
import { normalizeForSearch } from "@/lib/text/normalize";
import { parsePlaceQuery } from "./parse-place-query";
import { countryName, placeLabel, placeQueryValue, qualifierKeys } from "./place-labels";
import { rankSuggestions } from "./rank-suggestions";

export type ResolvedPlace = {
  /** "Austin, TX, United States" */
  label: string;
  /** What to put in ?near= to pick exactly this place: "Austin, TX, US" */
  queryValue: string;
  countryCode: string;
  lat: number;
  lng: number;
};

export type PlaceResolution =
  | { status: "found"; place: ResolvedPlace; alternatives: ResolvedPlace[] }
  | { status: "not-found"; query: string; suggestions: ResolvedPlace[] }
  | { status: "postal-unsupported"; query: string; countryName: string | null };

type PlaceRecord = { name: string; nameKey: string; countryCode: string; adminCode: string | null; population: number; lat: number; lng: number };

const toResolved = (p: PlaceRecord, locale: Locale): ResolvedPlace => ({
  label: placeLabel(p.name, p.countryCode, p.adminCode, locale),
  queryValue: placeQueryValue(p.name, p.countryCode, p.adminCode),
  countryCode: p.countryCode,
  lat: p.lat,
  lng: p.lng,
});

/** Turns what a visitor typed ("Austin", "78704", "M5V 2T6", "Zurich") into coordinates. */
export async function resolvePlace(db: PrismaClient, input: string, locale: Locale = routing.defaultLocale): Promise<PlaceResolution> {
  const query = parsePlaceQuery(input);

  if (query.kind === "postal-unsupported") {
    return { status: "postal-unsupported", query: input, countryName: query.countryCode ? countryName(query.countryCode, locale) : null };
  }

  if (query.kind === "postal") {
    const row = await db.postalCode.findUnique({ where: { countryCode_code: { countryCode: query.countryCode, code: query.code } } });
    if (!row) return { status: "postal-unsupported", query: input, countryName: countryName(query.countryCode, locale) };
    return {
      status: "found",
      place: {
        label: `${query.code} · ${placeLabel(row.placeName, row.countryCode, row.adminCode, locale)}`,
        queryValue: input.trim().toUpperCase(),
        countryCode: row.countryCode,
        lat: row.lat,
        lng: row.lng,
      },
      alternatives: [],
    };
  }

  if (!query.nameKey) return { status: "not-found", query: input, suggestions: [] };

  // A UNION lets each half use its own index (an OR across the two tables would not).
  const candidates = await db.$queryRaw<PlaceRecord[]>`
    SELECT "name", "nameKey", "countryCode", "adminCode", "population", "lat", "lng" FROM "Place" WHERE "nameKey" = ${query.nameKey}
    UNION
    SELECT p."name", p."nameKey", p."countryCode", p."adminCode", p."population", p."lat", p."lng"
    FROM "PlaceAlias" a JOIN "Place" p ON p."id" = a."placeId" WHERE a."nameKey" = ${query.nameKey}
    ORDER BY "population" DESC
    LIMIT 50`;
  const matching = candidates.filter((p) => matchesQualifiers(p, query.qualifiers));

  if (matching.length === 0) {
    return { status: "not-found", query: input, suggestions: await suggestPlaces(db, query.nameKey, query.qualifiers, locale) };
  }
  const [best, ...others] = matching;
  return { status: "found", place: toResolved(best!, locale), alternatives: distinctAlternatives(best!, others, query.nameKey, locale) };
}

/** True when the place is in every state, county or country the visitor named ("Austin, TX"). */
const matchesQualifiers = (place: Pick<PlaceRecord, "countryCode" | "adminCode">, qualifiers: string[]) =>
  qualifiers.every((q) => qualifierKeys(place.countryCode, place.adminCode).some((k) => normalizeForSearch(k) === q));

/** The first `max` places with different labels, leaving out any labelled like `exclude`. */
function distinctPlaces(places: PlaceRecord[], max: number, locale: Locale, exclude: PlaceRecord[] = []): ResolvedPlace[] {
  const seen = new Set(exclude.map((p) => toResolved(p, locale).queryValue));
  const result: ResolvedPlace[] = [];
  for (const place of places) {
    const resolved = toResolved(place, locale);
    if (seen.has(resolved.queryValue)) continue;
    seen.add(resolved.queryValue);
    result.push(resolved);
    if (result.length === max) break;
  }
  return result;
}

/**
 * Other well-known places of the same name, for "Did you mean Portland, ME?": called what
 * was typed or what was found. A place that merely lists the name among its other names
 * (Austintown, OH, once known as Austin) is not what someone typing "Austin" meant. Hamlets
 * far smaller than the best match are noise.
 */
function distinctAlternatives(best: PlaceRecord, others: PlaceRecord[], typedKey: string, locale: Locale): ResolvedPlace[] {
  const sameName = others.filter((p) => p.nameKey === typedKey || p.nameKey === best.nameKey);
  const sizeable = sameName.filter((p) => p.population >= Math.max(5_000, best.population / 200));
  return distinctPlaces(sizeable, 4, locale, [best]);
}

/** How loose the trigram net is: wide enough to catch swapped letters ("lodnon" is 0.27 from "london"). */
const SUGGESTION_THRESHOLD = 0.2;

/**
 * Close spellings ("Austni" -> Austin, "Lodnon" -> London): the trigram index gathers
 * candidates, then rankSuggestions orders them by typos and size.
 */
export async function suggestPlaces(db: PrismaClient, nameKey: string, qualifiers: string[] = [], locale: Locale = routing.defaultLocale): Promise<ResolvedPlace[]> {
  // SET LOCAL keeps the looser threshold inside this transaction, off the pooled connection.
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${SUGGESTION_THRESHOLD}`),
    db.$queryRawUnsafe<PlaceRecord[]>(
      `SELECT "name", "nameKey", "countryCode", "adminCode", "population", "lat", "lng"
       FROM "Place"
       WHERE "nameKey" % $1
       ORDER BY similarity("nameKey", $1) DESC, "population" DESC
       LIMIT 40`,
      nameKey,
    ),
  ]);
  const ranked = rankSuggestions(nameKey, rows);
  // Places in the state or country the visitor named come first.
  const inNamedArea = ranked.filter((p) => matchesQualifiers(p, qualifiers));
  return distinctPlaces([...inNamedArea, ...ranked.filter((p) => !inNamedArea.includes(p))], 3, locale);
}
