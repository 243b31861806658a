import { routing, type Locale } from "@/lib/i18n/routing";

// GeoNames admin1 codes are numeric for some countries; people know the abbreviations.
const ADMIN_NAMES: Record<string, Record<string, string>> = {
  CA: { "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU" },
  AU: { "01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA" },
  GB: { ENG: "England", SCT: "Scotland", WLS: "Wales", NIR: "Northern Ireland" },
};

const regionNames = new Map<string, Intl.DisplayNames>();

/** "United States" in English, "Estados Unidos" in Spanish. */
export function countryName(countryCode: string, locale: Locale = routing.defaultLocale): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  try {
    return names.of(countryCode.toUpperCase()) ?? countryCode;
  } catch {
    return countryCode;
  }
}

/** "TX", "ON", "NSW", "England"; null when GeoNames' code means nothing to a reader. */
export function adminLabel(countryCode: string, adminCode: string | null): string | null {
  if (!adminCode) return null;
  const mapped = ADMIN_NAMES[countryCode]?.[adminCode];
  if (mapped) return mapped;
  // Alphabetic codes (US states, Swiss cantons) read well; bare numbers do not.
  return /^[A-Z]{2,3}$/.test(adminCode) ? adminCode : null;
}

/** "Austin, TX, United States"; "Zürich, ZH, Switzerland"; in Spanish "Austin, TX, Estados Unidos". */
export function placeLabel(name: string, countryCode: string, adminCode: string | null, locale: Locale = routing.defaultLocale): string {
  return [name, adminLabel(countryCode, adminCode), countryName(countryCode, locale)].filter(Boolean).join(", ");
}

/** The compact form used in links that pin one place: "Portland, ME, US". */
export function placeQueryValue(name: string, countryCode: string, adminCode: string | null): string {
  return [name, adminLabel(countryCode, adminCode), countryCode].filter(Boolean).join(", ");
}

/** Lower-case words a qualifier like "tx", "texas"? (names of US states are not in the data) may match. */
export function qualifierKeys(countryCode: string, adminCode: string | null): string[] {
  // The country as named in every language of the site: "Austin, Estados Unidos" works too.
  const keys = [countryCode.toLowerCase(), ...routing.locales.map((locale) => countryName(countryCode, locale).toLowerCase())];
  if (countryCode === "US") keys.push("usa", "united states of america");
  if (countryCode === "GB") keys.push("uk", "great britain");
  if (adminCode) keys.push(adminCode.toLowerCase());
  const label = adminLabel(countryCode, adminCode);
  if (label) keys.push(label.toLowerCase());
  return keys;
}
