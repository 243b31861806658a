import type { ListingStatus, Prisma, PrismaClient } from "@/lib/db/generated/client";
import { canManageListing, type Actor } from "@/lib/auth/permissions";
import type { ListingInput } from "./listing-input";
import type { ListingErrors } from "./listing-schema";

// What the organiser's actions return. Refusals change nothing and say why, for a person;
// nothing here ever throws at the user.

export type ListingFailure = {
  ok: false;
  message?: string;
  errors?: ListingErrors;
  /** What the organiser sent, so the form can show it again. */
  values?: ListingInput;
};

export type SubmitResult = { ok: true; group: { id: string; slug: string } | null } | ListingFailure;

/** `review`: "listing" when the listing itself waits for review again, "revision" when an edit of a live listing does. */
export type UpdateResult = { ok: true; groupId: string; review: "listing" | "revision" | null } | ListingFailure;

export type ChangeResult = { ok: true; groupId: string; slug: string } | { ok: false; message: string; errors?: Record<string, string[]> };

export type ConfirmResult = { ok: true; groupId: string; slug: string; name: string; confirmedAt: Date; timeZone?: string } | { ok: false; message: string };

export const SIGN_IN_FIRST = "Please sign in first.";
/** The same words for "no such listing" and "not yours", so ids reveal nothing. */
export const NOT_YOURS = "We couldn't find that listing among the ones you manage.";

const CLOSED: Partial<Record<ListingStatus, string>> = {
  ARCHIVED: "This listing is archived, so it can't be changed.",
  REJECTED: "This listing was turned down by a moderator, so it can't be changed. You're welcome to list the group again.",
};

/** Why a listing in this status cannot be changed, or null when it can. */
export const closedMessage = (status: ListingStatus): string | null => CLOSED[status] ?? null;

type Managed = { id: string; slug: string; name: string; status: ListingStatus; organiserId: string | null; lastConfirmedAt: Date };

export type ManagedLookup = { ok: true; group: Managed } | { ok: false; message: string };

/** The listing, when `actor` may manage it. Anonymous callers are turned away before any lookup. */
export async function findManagedGroup(db: PrismaClient | Prisma.TransactionClient, actor: Actor, groupId: string): Promise<ManagedLookup> {
  if (!actor) return { ok: false, message: SIGN_IN_FIRST };
  const group = typeof groupId === "string" && groupId.length <= 64
    ? await db.group.findUnique({ where: { id: groupId }, select: { id: true, slug: true, name: true, status: true, organiserId: true, lastConfirmedAt: true } })
    : null;
  if (!group || !canManageListing(actor, group)) return { ok: false, message: NOT_YOURS };
  return { ok: true, group };
}

/** The form input to send back with an error: what was sent, without the honeypot. */
export function echo(input: unknown): ListingInput {
  if (typeof input !== "object" || input === null) return {};
  const { website_url: _honeypot, ...rest } = input as ListingInput;
  return rest;
}

export function isHoneypotFilled(input: unknown): boolean {
  const value = typeof input === "object" && input !== null ? (input as Record<string, unknown>).website_url : undefined;
  return typeof value === "string" && value.trim() !== "";
}

/** Thrown inside a transaction to roll it back and return `message` instead. */
export class Refused extends Error {}
