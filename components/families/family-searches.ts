import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The searches the families page suggests. In a language other than English they ask for
 * groups that meet in that language, as a visitor reading it would want.
 */
export function familySearches(locale: Locale) {
  const lang = locale === routing.defaultLocale ? "" : `lang=${locale}&`;
  return [
    { key: "partners", href: `/groups?${lang}audience=partners` },
    { key: "families", href: `/groups?${lang}audience=families` },
    { key: "online", href: `/groups?${lang}online=only` },
  ] as const;
}
