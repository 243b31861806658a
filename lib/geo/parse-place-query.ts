import { normalizeForSearch } from "@/lib/text/normalize";

export type PlaceQuery =
  | { kind: "postal"; countryCode: "US" | "CA" | "AU"; code: string }
  | { kind: "postal-unsupported"; countryCode: string | null; code: string }
  | { kind: "name"; nameKey: string; qualifiers: string[] };

const US_ZIP = /^(\d{5})(?:-\d{4})?$/;
const CA_POSTAL = /^([A-Z]\d[A-Z])(?:\s*\d[A-Z]\d)?$/;
const AU_POSTCODE = /^\d{4}$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?$/;

/** Tells a postal code from a place name, and splits "Portland, ME" into name and qualifiers. */
export function parsePlaceQuery(input: string): PlaceQuery {
  const raw = input.trim().replace(/\s+/g, " ");
  const upper = raw.toUpperCase();
  const zip = US_ZIP.exec(upper);
  if (zip) return { kind: "postal", countryCode: "US", code: zip[1]! };
  const ca = CA_POSTAL.exec(upper);
  if (ca) return { kind: "postal", countryCode: "CA", code: ca[1]! };
  if (AU_POSTCODE.test(upper)) return { kind: "postal", countryCode: "AU", code: upper };
  if (UK_POSTCODE.test(upper) && /\d/.test(upper)) return { kind: "postal-unsupported", countryCode: "GB", code: upper };
  if (/^[A-Z0-9 -]{3,10}$/.test(upper) && /\d/.test(upper)) return { kind: "postal-unsupported", countryCode: null, code: upper };

  const [name = "", ...rest] = raw.split(",");
  return {
    kind: "name",
    nameKey: normalizeForSearch(name),
    qualifiers: rest.map((q) => normalizeForSearch(q)).filter(Boolean),
  };
}
