import type { PrismaClient } from "@/lib/db/generated/client";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { groupDetailSelect, type GroupDetailRecord } from "./public-select";

/**
 * The public groups among `slugs`, whole (as their pages read them), in the order given:
 * what a printed list and a search's calendar need beyond a result card. A slug that is
 * not public, or no longer, is left out.
 */
export async function loadPublicGroupDetails(db: PrismaClient, slugs: string[], now = new Date()): Promise<GroupDetailRecord[]> {
  if (slugs.length === 0) return [];
  const records = await db.group.findMany({ where: { slug: { in: slugs }, ...publicListingWhere(now) }, select: groupDetailSelect });
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
