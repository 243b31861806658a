import type { Prisma } from "@/lib/db/generated/client";

/** "Dads & Babies: Walk!" -> "dads-babies-walk": accents dropped, at most 60 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60).replace(/-+$/, "");
}

/** The group's name, with its town when the name does not already say it: "new-parents-circle-austin". */
export function slugBase(name: string, locality: string | null | undefined): string {
  const nameSlug = slugify(name);
  const townSlug = locality ? slugify(locality) : "";
  const base = townSlug && !nameSlug.includes(townSlug) ? slugify(`${name} ${locality}`) : nameSlug;
  return base || "group";
}

/** `base`, or `base-2`, `base-3`… whichever no group has yet. */
export async function uniqueSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set((await tx.group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((g) => g.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
