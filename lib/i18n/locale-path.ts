import { routing, type Locale } from "./routing";

// Apart from the messages, so browser code can build links without loading every language.

/** The path of `path` in `locale`: "/groups" in Spanish is "/es/groups"; English has no prefix. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  // The home page with a query, "/?day=tue", is "/es?day=tue".
  return path === "/" || path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}
