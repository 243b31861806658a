import type { PrismaClient } from "@/lib/db/generated/client";
import { resolvePlace } from "@/lib/geo/resolve-place";
import { normalizeForSearch } from "@/lib/text/normalize";
import { formMessage } from "@/lib/forms/form-message";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { ListingLocation, ListingValues } from "./listing-schema";

// The checks the schema cannot make in a browser: the venue's town must be in the
// gazetteer (it gives the coordinates radius search needs and the time zone), and the
// languages must be ones the directory knows.

export const PLACE_NOT_FOUND = formMessage("Validation.placeNotFound");

export type ResolvedListing = { ok: true; values: ListingValues } | { ok: false; errors: FieldErrors };

export type Venue = { lat: number; lng: number; timeZone: string | null };

/**
 * How resolveListingValues looks things up; an import of thousands of rows passes cached
 * versions (the same towns and languages again and again), the form uses the database.
 */
export type ListingLookups = {
  resolveVenue: (location: ListingLocation) => Promise<Venue | null>;
  knownLanguages: (codes: string[]) => Promise<Set<string>>;
};

export const databaseLookups = (db: PrismaClient): ListingLookups => ({
  resolveVenue: (location) => resolveVenue(db, location),
  knownLanguages: async (codes) => new Set((await db.language.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((l) => l.code)),
});

/** What to look the venue up by: the postcode first (where the gazetteer has codes), then the town. */
function placeQueries(location: ListingLocation): string[] {
  const queries: string[] = [];
  if (location.postalCode) queries.push(location.postalCode);
  if (location.region) queries.push(`${location.locality}, ${location.region}, ${location.countryCode}`);
  queries.push(`${location.locality}, ${location.countryCode}`);
  return queries;
}

/** The zone of the nearest gazetteer place: one of the town's own name first, else any within ~50 km. */
async function placeTimeZone(db: PrismaClient, location: ListingLocation, lat: number, lng: number): Promise<string | null> {
  const [named] = await db.$queryRaw<{ timeZone: string }[]>`
    SELECT "timeZone" FROM "Place"
    WHERE "nameKey" = ${normalizeForSearch(location.locality)} AND "countryCode" = ${location.countryCode} AND "timeZone" IS NOT NULL
    ORDER BY ("lat" - ${lat}) ^ 2 + ("lng" - ${lng}) ^ 2 LIMIT 1`;
  if (named) return named.timeZone;
  const [nearby] = await db.$queryRaw<{ timeZone: string }[]>`
    SELECT "timeZone" FROM "Place"
    WHERE "countryCode" = ${location.countryCode} AND "timeZone" IS NOT NULL
      AND "lat" BETWEEN ${lat - 0.5} AND ${lat + 0.5} AND "lng" BETWEEN ${lng - 0.7} AND ${lng + 0.7}
    ORDER BY ("lat" - ${lat}) ^ 2 + ("lng" - ${lng}) ^ 2 LIMIT 1`;
  return nearby?.timeZone ?? null;
}

/** The venue's coordinates and time zone, or null when the gazetteer does not know the place. */
export async function resolveVenue(db: PrismaClient, location: ListingLocation): Promise<Venue | null> {
  for (const query of placeQueries(location)) {
    const found = await resolvePlace(db, query);
    // A 5-digit postcode outside the US would otherwise be read as a ZIP code.
    if (found.status !== "found" || found.place.countryCode !== location.countryCode) continue;
    const { lat, lng } = found.place;
    return { lat, lng, timeZone: await placeTimeZone(db, location, lat, lng) };
  }
  return null;
}

/**
 * Completes validated values for writing: the venue's coordinates, the time zone when the
 * organiser left it to the venue, and known languages only. Errors use the form's field keys.
 */
export async function resolveListingValues(db: PrismaClient, values: ListingValues, lookups: ListingLookups = databaseLookups(db)): Promise<ResolvedListing> {
  const errors: FieldErrors = {};
  const known = await lookups.knownLanguages(values.languages);
  if (values.languages.some((code) => !known.has(code))) errors.languages = [formMessage("Validation.languageFromList")];

  let location = values.location;
  let venueZone: string | null = null;
  if (location) {
    const venue = await lookups.resolveVenue(location);
    if (!venue) errors["location.locality"] = [PLACE_NOT_FOUND];
    else {
      location = { ...location, lat: venue.lat, lng: venue.lng };
      venueZone = venue.timeZone;
    }
  }
  const timeZone = values.timeZone ?? venueZone;
  if (!timeZone && !errors["location.locality"]) errors.timeZone = [formMessage("Validation.giveTimeZone")];

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: { ...values, location, timeZone } };
}
