import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { listArticles } from "@/lib/articles/load-articles";
import { listPublicGroupsForSitemap } from "@/lib/seo/sitemap-groups";
import { requestOrigin } from "@/lib/urls/site-url";

// Groups come from the database, which must not be opened during the build.
export const dynamic = "force-dynamic";

const PAGES = ["/", "/groups", "/families", "/articles", "/help-now", "/about", "/open-data"] as const;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = requestOrigin(await headers());
  const [articles, groups] = await Promise.all([listArticles(), listPublicGroupsForSitemap()]);
  return [
    ...PAGES.map((path) => ({ url: `${origin}${path}` })),
    ...articles.map((article) => ({ url: `${origin}/articles/${article.slug}`, lastModified: article.updated })),
    ...groups.map((group) => ({ url: `${origin}/groups/${group.slug}`, lastModified: group.updatedAt })),
  ];
}
