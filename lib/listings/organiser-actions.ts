import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { hitRateLimit, RATE_LIMITS, tryAgainMessage } from "@/lib/rate-limit";
import { closedMessage, echo, findManagedGroup, isHoneypotFilled, Refused, SIGN_IN_FIRST, type ChangeResult, type ConfirmResult, type ListingFailure, type SubmitResult, type UpdateResult } from "./action-results";
import { applyListingValues, createListing } from "./apply-listing";
import { listingErrors, listingSchema, problemSummary, type ListingValues } from "./listing-schema";
import { resolveListingValues } from "./resolve-listing";

// What organisers do with their listings. Plain functions of (db, actor, …): each checks
// who is asking next to the data, validates, writes in one transaction with its audit
// entry, and returns a result for a person. Pages and server actions only call these.

export { cancelMeetingDate, restoreMeetingDate } from "./meeting-dates";
export { CONFIRM_LINK_DAYS, confirmationToken, confirmByToken } from "./confirm-by-token";
export type { ChangeResult, ConfirmResult, ListingFailure, SubmitResult, UpdateResult } from "./action-results";

/** Where listings can be edited in place: nobody sees them yet. */
const UNPUBLISHED_EDITABLE = ["PENDING", "CHANGES_REQUESTED"] as const;

/** Validation, then the gazetteer: values ready to write, or the errors to show with what was sent. */
async function validate(db: PrismaClient, input: unknown): Promise<{ ok: true; values: ListingValues } | ListingFailure> {
  const parsed = listingSchema.safeParse(input);
  if (!parsed.success) {
    const errors = listingErrors(parsed.error);
    return { ok: false, errors, message: problemSummary(errors), values: echo(input) };
  }
  const resolved = await resolveListingValues(db, parsed.data);
  if (!resolved.ok) return { ok: false, errors: resolved.errors, message: problemSummary(resolved.errors), values: echo(input) };
  return resolved;
}

const asJson = (values: ListingValues) => values as unknown as Prisma.InputJsonValue;

/** A new listing from the form, waiting for a moderator. Limited to RATE_LIMITS.submissionsPerUser an hour. */
export async function submitListing(db: PrismaClient, actor: Actor, input: unknown, now = new Date()): Promise<SubmitResult> {
  // Bots fill every field; people never see this one. Pretend it worked and keep nothing.
  if (isHoneypotFilled(input)) return { ok: true, group: null };
  if (!actor) return { ok: false, message: "Please sign in to list a group." };
  const valid = await validate(db, input);
  if (!valid.ok) return valid;
  const limit = await hitRateLimit(db, `listing-submit:user:${actor.id}`, RATE_LIMITS.submissionsPerUser, now);
  if (!limit.allowed) return { ok: false, message: tryAgainMessage(limit.retryAfterSeconds), values: echo(input) };

  const group = await db.$transaction(async (tx) => {
    const created = await createListing(tx, actor.id, valid.values);
    await tx.auditEntry.create({ data: { action: "SUBMITTED", actorId: actor.id, groupId: created.id, createdAt: now } });
    return created;
  });
  return { ok: true, group };
}

/**
 * Saves an edit. A listing nobody sees yet (pending, changes requested) is changed
 * in place and waits for review again. A published listing stays as it is: the edit waits
 * as a pending GroupRevision, and a second edit replaces the waiting one.
 */
export async function updateListing(db: PrismaClient, actor: Actor, groupId: string, input: unknown, now = new Date()): Promise<UpdateResult> {
  if (isHoneypotFilled(input)) return { ok: true, groupId, review: null };
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok || !actor) return { ok: false, message: found.ok ? SIGN_IN_FIRST : found.message };
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed, values: echo(input) };
  const valid = await validate(db, input);
  if (!valid.ok) return valid;

  try {
    const review = await db.$transaction(async (tx) => {
      // The status condition (and the row lock the update takes) keeps a listing that was
      // published a moment ago from being changed without review.
      const inPlace = await tx.group.updateMany({
        where: { id: groupId, status: { in: [...UNPUBLISHED_EDITABLE] } },
        data: { status: "PENDING", moderatorMessage: null },
      });
      if (inPlace.count === 1) {
        await applyListingValues(tx, groupId, valid.values);
        await tx.auditEntry.create({ data: { action: "EDITED", actorId: actor.id, groupId, details: { review: "listing", from: found.group.status }, createdAt: now } });
        return "listing" as const;
      }
      const current = await tx.group.findUnique({ where: { id: groupId }, select: { status: true } });
      if (current?.status !== "PUBLISHED") throw new Refused(current ? (closedMessage(current.status) ?? "This listing changed while you were editing. Please try again.") : "This listing no longer exists.");
      const waiting = await tx.groupRevision.findFirst({ where: { groupId, status: "PENDING" }, orderBy: { createdAt: "desc" }, select: { id: true } });
      const revision = waiting
        ? await tx.groupRevision.update({ where: { id: waiting.id }, data: { data: asJson(valid.values), createdById: actor.id }, select: { id: true } })
        : await tx.groupRevision.create({ data: { groupId, data: asJson(valid.values), createdById: actor.id, createdAt: now }, select: { id: true } });
      await tx.auditEntry.create({
        data: { action: "EDITED", actorId: actor.id, groupId, details: { review: "revision", revisionId: revision.id, replaced: Boolean(waiting) }, createdAt: now },
      });
      return "revision" as const;
    });
    return { ok: true, groupId, review };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message, values: echo(input) };
    throw error;
  }
}

/** Takes a listing out of the directory for good; an edit waiting for review is withdrawn. */
export async function archiveListing(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<ChangeResult> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok || !actor) return { ok: false, message: found.ok ? SIGN_IN_FIRST : found.message };
  if (found.group.status === "ARCHIVED") return { ok: false, message: "This listing is already archived." };
  await db.$transaction(async (tx) => {
    await tx.group.update({ where: { id: groupId }, data: { status: "ARCHIVED" } });
    await tx.groupRevision.updateMany({ where: { groupId, status: { in: ["PENDING", "CHANGES_REQUESTED"] } }, data: { status: "WITHDRAWN", decidedAt: now } });
    await tx.auditEntry.create({ data: { action: "ARCHIVED", actorId: actor.id, groupId, details: { from: found.group.status }, createdAt: now } });
  });
  return { ok: true, groupId, slug: found.group.slug };
}

/** "Still running": stamps the listing as confirmed now, which keeps it fresh in the directory. */
export async function confirmStillRunning(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<ConfirmResult> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok || !actor) return { ok: false, message: found.ok ? SIGN_IN_FIRST : found.message };
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed };
  await db.$transaction([
    db.group.update({ where: { id: groupId }, data: { lastConfirmedAt: now } }),
    db.auditEntry.create({ data: { action: "CONFIRMED", actorId: actor.id, groupId, details: { via: "dashboard" }, createdAt: now } }),
  ]);
  const { id, slug, name } = found.group;
  return { ok: true, groupId: id, slug, name, confirmedAt: now };
}
