import { getDb } from "@/lib/db/client";
import { publicListingWhere } from "@/lib/listings/lifecycle";

export type SitemapGroup = { slug: string; updatedAt: Date };

/** Every public group's slug and last change, for the sitemap (the same rule as getPublicGroup). */
export async function listPublicGroupsForSitemap(now = new Date()): Promise<SitemapGroup[]> {
  const db = await getDb();
  return db.group.findMany({ where: publicListingWhere(now), select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
