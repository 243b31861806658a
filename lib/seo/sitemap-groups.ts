import { getDb } from "@/lib/db/client";
import { publicListingWhere } from "@/lib/moderation/freshness";

export type SitemapGroup = { slug: string; updatedAt: Date };

/** Every public group's slug and last change, for the sitemap (the same rule as getPublishedGroup). */
export async function listPublishedGroupsForSitemap(now = new Date()): Promise<SitemapGroup[]> {
  const db = await getDb();
  return db.group.findMany({ where: publicListingWhere(now), select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
