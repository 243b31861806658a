import type { PrismaClient } from "@/lib/db/generated/client";

/** Languages that at least one published group meets in, for the filter list. */
export async function listLanguagesInUse(db: PrismaClient): Promise<{ code: string; name: string }[]> {
  return db.language.findMany({
    where: { groups: { some: { status: "PUBLISHED" } } },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}
