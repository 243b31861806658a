import type { Metadata } from "next";
import { meetingGuideFeedAlternates } from "@/lib/feeds/meeting-guide/feed-link";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";

type PageMetadataInput = {
  title: string;
  description: string;
  /** The canonical path, e.g. "/articles"; made absolute against metadataBase. */
  path: string;
  /** For articles: ISO dates. */
  article?: { published: string; updated: string };
  /** The page's language: its canonical URL is that language's; the others are alternates. */
  locale?: Locale;
  /** The languages the page exists in (all by default; an article only in those it is written in). */
  locales?: readonly Locale[];
};

/**
 * Title, description, canonical link and link-preview tags for a page. Next.js replaces a
 * parent's `openGraph` object rather than merging it, so every page sets it whole here.
 * Preview images come from the opengraph-image files.
 */
export function pageMetadata({ title, description, path, article, locale = routing.defaultLocale, locales = routing.locales }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: localePath(locale, path),
      languages: Object.fromEntries([...locales.map((l) => [l, localePath(l, path)]), ["x-default", path]]),
      ...meetingGuideFeedAlternates,
    },
    openGraph: {
      title,
      description,
      url: localePath(locale, path),
      siteName: "Village",
      locale,
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.updated }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
