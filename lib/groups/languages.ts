import type { PrismaClient } from "@/lib/db/generated/client";
import { publicListingWhere } from "@/lib/listings/lifecycle";

/** Languages that at least one public group meets in, for the filter list: offering one with no results would mislead. */
export async function listLanguagesInUse(db: PrismaClient, now = new Date()): Promise<{ code: string; name: string }[]> {
  return db.language.findMany({
    where: { groups: { some: publicListingWhere(now) } },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}
