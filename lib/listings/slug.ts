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

/** Pages of their own under /groups/, which a group's address would hide behind: no group takes these. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["print", "embed-builder"]);

/** Advisory lock class for slug choice; the object id is the hash of the slug's base. */
const SLUG_LOCK = 7_315;

/**
 * `base`, or `base-2`, `base-3`… whichever no group has yet. Call it inside the transaction
 * that creates the group: two listings with the same name submitted at once would otherwise
 * both pick the same free slug and one would fail on the unique index. The lock makes them
 * take turns (on every server process, as it lives in the database) until the first commits.
 */
export async function uniqueSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SLUG_LOCK}::int4, hashtext(${base}))`;
  const taken = new Set((await tx.group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((g) => g.slug));
  return freeSlug(base, taken);
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken` and not one of RESERVED_SLUGS. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  const free = (slug: string) => !taken.has(slug) && !RESERVED_SLUGS.has(slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
