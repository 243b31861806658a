import type { ListingStatus, Prisma, PrismaClient } from "@/lib/db/generated/client";
import { canManageListing, type Actor } from "@/lib/auth/permissions";
import type { FormMessageKey } from "@/lib/forms/form-message";
import type { FieldErrors } from "@/lib/forms/form-state";

// What the organiser's functions return. Refusals change nothing and say why, for a
// person, as a message key (lib/forms/form-message.ts) the page words in its language;
// nothing here ever throws at the user.

export type Refusal = { ok: false; message: string; errors?: FieldErrors };

export type SubmitResult = { ok: true; group: { id: string; slug: string } | null } | Refusal;

/** `review`: "listing" when the listing itself waits for review again, "revision" when an edit of a live listing does. */
export type UpdateResult = { ok: true; groupId: string; review: "listing" | "revision" | null } | Refusal;

export type ChangeResult = { ok: true; groupId: string; slug: string } | Refusal;

export type ConfirmResult = { ok: true; groupId: string; slug: string; name: string; confirmedAt: Date; timeZone?: string } | Refusal;

export const SIGN_IN_FIRST: FormMessageKey = "Organiser.signInFirst";
/** The same words for "no such listing" and "not yours", so ids reveal nothing. */
export const NOT_YOURS: FormMessageKey = "Organiser.notYours";

const CLOSED: Partial<Record<ListingStatus, FormMessageKey>> = {
  ARCHIVED: "Organiser.archivedUnchangeable",
  REJECTED: "Organiser.rejectedUnchangeable",
};

/** Why a listing in this status cannot be changed (a message key), or null when it can. */
export const closedMessage = (status: ListingStatus): FormMessageKey | null => CLOSED[status] ?? null;

type Managed = { id: string; slug: string; name: string; status: ListingStatus; organiserId: string | null; lastConfirmedAt: Date };

export type ManagedLookup = { ok: true; group: Managed; actor: NonNullable<Actor> } | Refusal;

/** The listing, when `actor` may manage it. Anonymous callers are turned away before any lookup. */
export async function findManagedGroup(db: PrismaClient | Prisma.TransactionClient, actor: Actor, groupId: string): Promise<ManagedLookup> {
  if (!actor) return { ok: false, message: SIGN_IN_FIRST };
  const group =
    typeof groupId === "string" && groupId.length <= 64
      ? await db.group.findUnique({ where: { id: groupId }, select: { id: true, slug: true, name: true, status: true, organiserId: true, lastConfirmedAt: true } })
      : null;
  if (!group || !canManageListing(actor, group)) return { ok: false, message: NOT_YOURS };
  return { ok: true, group, actor };
}

/** Thrown inside a transaction to roll it back and return `message` instead. */
export class Refused extends Error {}
