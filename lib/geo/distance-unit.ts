export type DistanceUnit = "mi" | "km";

// Countries where people search in miles.
const MILE_COUNTRIES = new Set(["US", "GB", "LR", "MM"]);

export function defaultDistanceUnit(countryCode: string | null | undefined): DistanceUnit {
  return countryCode && MILE_COUNTRIES.has(countryCode.toUpperCase()) ? "mi" : "km";
}

/**
 * The unit a visitor likely thinks in, from the browser's languages ("en-GB", "de"): the
 * region of the first one that names or implies one ("en" implies the US, "de" Germany).
 * Null when none does.
 */
export function distanceUnitForLocales(locales: readonly string[]): DistanceUnit | null {
  for (const tag of locales) {
    const region = regionOf(tag);
    if (region) return defaultDistanceUnit(region);
  }
  return null;
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().region;
  } catch {
    return undefined;
  }
}
