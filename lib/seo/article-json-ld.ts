import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { Article } from "@/lib/articles/parse-article";

/** schema.org Article for an article page. `origin` has no trailing slash. */
export function articleJsonLd(article: Article, origin: string, locale: Locale = routing.defaultLocale) {
  const url = `${origin}${localePath(locale, `/articles/${article.slug}`)}`;
  const village = { "@type": "Organization", name: "Village", url: `${origin}/` };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    // The per-article preview image has a build-specific address; the site-wide one is stable.
    image: `${origin}/opengraph-image`,
    inLanguage: locale,
    datePublished: article.published,
    dateModified: article.updated,
    wordCount: article.wordCount,
    timeRequired: `PT${article.readingTime}M`,
    author: village,
    publisher: village,
  };
}
