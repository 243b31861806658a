import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { listArticles } from "@/lib/articles/load-articles";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { listPublicGroupsForSitemap } from "@/lib/seo/sitemap-groups";
import { requestOrigin } from "@/lib/urls/site-url";

// Groups come from the database, which must not be opened during the build.
export const dynamic = "force-dynamic";

const PAGES = ["/", "/groups", "/families", "/articles", "/help-now", "/about", "/open-data"] as const;

/**
 * Every page in every language it exists in, each entry listing its other languages as
 * hreflang alternates. Pages and groups exist in every language (a group's own text stays as
 * its organiser wrote it); an article only in the languages it is written in.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = requestOrigin(await headers());
  const [articlesByLocale, groups] = await Promise.all([Promise.all(routing.locales.map((locale) => listArticles(locale))), listPublicGroupsForSitemap()]);
  const entries = (path: string, locales: readonly Locale[], lastModified?: string | Date): MetadataRoute.Sitemap =>
    locales.map((locale) => ({
      url: `${origin}${localePath(locale, path)}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${origin}${localePath(l, path)}`])) },
    }));
  const articleLocales = new Map<string, { locales: Locale[]; updated: string }>();
  routing.locales.forEach((locale, i) => {
    for (const article of articlesByLocale[i]!) {
      const seen = articleLocales.get(article.slug) ?? { locales: [], updated: article.updated };
      seen.locales.push(locale);
      if (locale === routing.defaultLocale) seen.updated = article.updated;
      articleLocales.set(article.slug, seen);
    }
  });
  return [
    ...PAGES.flatMap((path) => entries(path, routing.locales)),
    ...[...articleLocales].flatMap(([slug, { locales, updated }]) => entries(`/articles/${slug}`, locales, updated)),
    ...groups.flatMap((group) => entries(`/groups/${group.slug}`, routing.locales, group.updatedAt)),
  ];
}
