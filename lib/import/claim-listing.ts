import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { formMessage } from "@/lib/forms/form-message";

// An imported listing has no organiser. The person whose address the listing gives as its
// contact email can take it over: signed in with that very address (a sign-in link mailed to
// it proves they read it), they claim it from their dashboard, and from then on manage it
// as if they had listed it. Nobody else can, whatever they post.

/** `place` is the venue's town, or null for a group that meets online (`online`). */
export type ClaimableListing = { id: string; name: string; slug: string; place: string | null; online: boolean };

export type ClaimResult = { ok: true; groupId: string; name: string } | { ok: false; message: string };

const NOT_YOURS = formMessage("Import.notYours");

/** Listings that can be claimed only by an address its owner has proved by signing in with it. */
const claimableBy = (email: string): Prisma.GroupWhereInput => ({
  organiserId: null,
  importSource: { not: null },
  status: { notIn: ["ARCHIVED", "REJECTED"] },
  contactEmail: { equals: email, mode: "insensitive" },
});

/** The signed-in person's proved address, or null (not signed in, or never followed a sign-in link). */
async function verifiedEmail(db: PrismaClient, actor: Actor): Promise<string | null> {
  if (!actor) return null;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerified: true } });
  return user?.emailVerified ? user.email : null;
}

/** Imported listings waiting for the signed-in person to claim them. */
export async function listClaimableListings(db: PrismaClient, actor: Actor): Promise<ClaimableListing[]> {
  const email = await verifiedEmail(db, actor);
  if (!email) return [];
  const groups = await db.group.findMany({
    where: claimableBy(email),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, name: true, slug: true, format: true, location: { select: { locality: true, region: true } } },
  });
  return groups.map((g) => ({ id: g.id, name: g.name, slug: g.slug, place: g.format === "ONLINE" ? null : [g.location?.locality, g.location?.region].filter(Boolean).join(", ") || null, online: g.format === "ONLINE" }));
}

/** Makes the signed-in person the organiser of an imported listing whose contact email is their own. */
export async function claimListing(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<ClaimResult> {
  if (!actor) return { ok: false, message: formMessage("Import.signInToClaim") };
  const email = await verifiedEmail(db, actor);
  if (!email) return { ok: false, message: NOT_YOURS };
  return db.$transaction(async (tx) => {
    // The condition is the permission: the row changes only if it is still unclaimed and its address is the claimer's.
    const { count } = await tx.group.updateMany({ where: { id: groupId, ...claimableBy(email) }, data: { organiserId: actor.id } });
    if (count !== 1) return { ok: false as const, message: NOT_YOURS };
    const group = await tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true } });
    await tx.auditEntry.create({ data: { action: "CLAIMED", actorId: actor.id, groupId, details: { via: "contact email" }, createdAt: now } });
    return { ok: true as const, groupId, name: group.name };
  });
}
