import type { Metadata } from "next";
import { meetingGuideFeedAlternates } from "@/lib/feeds/meeting-guide/feed-link";

type PageMetadataInput = {
  title: string;
  description: string;
  /** The canonical path, e.g. "/articles"; made absolute against metadataBase. */
  path: string;
  /** For articles: ISO dates. */
  article?: { published: string; updated: string };
};

/**
 * Title, description, canonical link and link-preview tags for a page. Next.js replaces a
 * parent's `openGraph` object rather than merging it, so every page sets it whole here.
 * Preview images come from the opengraph-image files.
 */
export function pageMetadata({ title, description, path, article }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, ...meetingGuideFeedAlternates },
    openGraph: {
      title,
      description,
      url: path,
      siteName: "Village",
      locale: "en",
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.updated }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
