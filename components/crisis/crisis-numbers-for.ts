import type { Locale } from "@/lib/i18n/routing";
import { crisisNumbers, type CountryCode, type CountryHelp } from "./crisis-numbers";
import { crisisNumbersEs } from "./crisis-numbers.es";

const BY_LOCALE: Record<Locale, Record<CountryCode, CountryHelp>> = { en: crisisNumbers, es: crisisNumbersEs };

/** The crisis lines as written for readers of `locale` (English where a language has none). */
export function crisisNumbersFor(locale: Locale): Record<CountryCode, CountryHelp> {
  return BY_LOCALE[locale] ?? crisisNumbers;
}
