import { defineRouting } from "next-intl/routing";

/**
 * The site's languages. English is the default and keeps its unprefixed URLs; every other
 * language lives under its own prefix (/es/…). A third language is a message file, its
 * articles and one more entry here.
 */
export const routing = defineRouting({
  locales: ["en", "es"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // A shared link opens in the language of its URL: the visitor's browser language and
  // remembered choice never redirect an unprefixed page (the proxy makes the one exception,
  // for the home page).
  localeDetection: false,
  // The language is remembered only when the visitor chooses one (app/[locale]/language).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
