import { Prisma, type ListingStatus, type PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { formMessage } from "@/lib/forms/form-message";
import { fieldErrors, problemSummary } from "@/lib/forms/form-state";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import { routing, type Locale } from "@/lib/i18n/routing";
import { hitRateLimit, RATE_LIMITS, tryAgainMessage } from "@/lib/rate-limit";
import { closedMessage, findManagedGroup, Refused, type ChangeResult, type ConfirmResult, type ManagedLookup, type Refusal, type SubmitResult, type UpdateResult } from "./manage-results";
import { changeListingStatus, changeRevisionStatus } from "./change-status";
import { canTransition, type Who } from "./lifecycle";
import { applyListingValues, createListing } from "./listing-record";
import { listingSchema, type ListingValues } from "./listing-schema";
import { resolveListingValues } from "./resolve-listing";
import { toSnapshot } from "./revision-snapshot";

// What organisers do with their listings. Plain functions of (db, actor, …): each checks
// who is asking next to the data, validates, writes in one transaction with its audit
// entry, and returns a result for a person. Server actions, the seed and tests call these.

/** Organisers' own actions; a moderator may take them on any listing, as its organiser could. */
const whoActs = (actor: NonNullable<Actor>): Who => (actor.role === "MODERATOR" ? "moderator" : "organiser");

/** Where a listing can be edited in place: nobody sees it yet, so the edit waits for review as the listing itself. */
const editsInPlace = (status: ListingStatus) => canTransition(status, "PENDING", "organiser");

/** Validation, then the gazetteer: values ready to write, or the errors to show. */
export async function validateListing(db: PrismaClient, input: unknown): Promise<{ ok: true; values: ListingValues } | Refusal> {
  const parsed = listingSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { ok: false, errors, message: problemSummary(errors) };
  }
  const resolved = await resolveListingValues(db, parsed.data);
  return resolved.ok ? resolved : { ok: false, errors: resolved.errors, message: problemSummary(resolved.errors) };
}

/**
 * A new listing from the form, waiting for a moderator. Limited to RATE_LIMITS.submissionsPerUser
 * an hour. `locale` is the language the organiser used, which mail about the listing goes out in.
 */
export async function submitListing(db: PrismaClient, actor: Actor, input: unknown, now = new Date(), locale: Locale = routing.defaultLocale): Promise<SubmitResult> {
  // Bots fill every field; people never see this one. Pretend it worked and keep nothing.
  if (isHoneypotFilled(input)) return { ok: true, group: null };
  if (!actor) return { ok: false, message: formMessage("Listing.signInToList") };
  const valid = await validateListing(db, input);
  if (!valid.ok) return valid;
  const limit = await hitRateLimit(db, `listing-submit:user:${actor.id}`, RATE_LIMITS.submissionsPerUser, now);
  if (!limit.allowed) return { ok: false, message: tryAgainMessage(limit.retryAfterSeconds) };

  const group = await retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const created = await createListing(tx, actor.id, valid.values, { now });
      await tx.group.update({ where: { id: created.id }, data: { organiserLocale: locale } });
      await tx.auditEntry.create({ data: { action: "SUBMITTED", actorId: actor.id, groupId: created.id, createdAt: now } });
      return created;
    }),
  );
  return { ok: true, group };
}

/**
 * uniqueSlug serialises listings with the same slug base, but a different base can still
 * produce the same slug at the same moment ("Walk 2" and the second "Walk"): the loser's
 * transaction is rolled back whole, and a fresh attempt picks the next free slug.
 */
async function retryOnUniqueViolation<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!unique || attempt >= attempts) throw error;
    }
  }
}

/**
 * Saves an edit. A listing nobody sees yet (pending, changes requested) is changed in
 * place and waits for review again. A published listing stays as it is: the edit waits as
 * a pending GroupRevision, and a second edit replaces the waiting one. Either way the
 * listing remembers `locale`, the language the organiser edited in: it is not public
 * content, so it changes at once, also when the edit itself waits for review.
 */
export async function updateListing(db: PrismaClient, actor: Actor, groupId: string, input: unknown, now = new Date(), locale: Locale = routing.defaultLocale): Promise<UpdateResult> {
  if (isHoneypotFilled(input)) return { ok: true, groupId, review: null };
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok) return found;
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed };
  const valid = await validateListing(db, input);
  if (!valid.ok) return valid;
  const actorId = found.actor.id;

  try {
    const review = await db.$transaction(async (tx) => {
      // The status condition keeps a listing that was published a moment ago from being changed without review.
      const from = found.group.status;
      if (editsInPlace(from) && (await changeListingStatus(tx, groupId, { from, to: "PENDING", who: whoActs(found.actor), now }))) {
        await applyListingValues(tx, groupId, valid.values);
        await tx.group.update({ where: { id: groupId }, data: { organiserLocale: locale } });
        await tx.auditEntry.create({ data: { action: "EDITED", actorId, groupId, details: { review: "listing", from: found.group.status }, createdAt: now } });
        return "listing" as const;
      }
      const current = await tx.group.findUnique({ where: { id: groupId }, select: { status: true, updatedAt: true } });
      if (current?.status !== "PUBLISHED") throw new Refused(current ? (closedMessage(current.status) ?? formMessage("Listing.changedWhileEditing")) : formMessage("Listing.noLongerExists"));
      const waiting = await tx.groupRevision.findFirst({ where: { groupId, status: "PENDING" }, orderBy: { createdAt: "desc" }, select: { id: true } });
      const data = toSnapshot(valid.values);
      const revision = waiting
        ? await tx.groupRevision.update({ where: { id: waiting.id }, data: { data, createdById: actorId }, select: { id: true } })
        : await tx.groupRevision.create({ data: { groupId, data, createdById: actorId, createdAt: now }, select: { id: true } });
      // The public listing is unchanged, so its modification time (which feeds and the sitemap show) stays.
      await tx.group.updateMany({ where: { id: groupId, organiserLocale: { not: locale } }, data: { organiserLocale: locale, updatedAt: current.updatedAt } });
      await tx.auditEntry.create({ data: { action: "EDITED", actorId, groupId, details: { review: "revision", revisionId: revision.id, replaced: Boolean(waiting) }, createdAt: now } });
      return "revision" as const;
    });
    return { ok: true, groupId, review };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

/** Takes a listing out of the directory for good; an edit waiting for review is withdrawn. */
export async function archiveListing(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<ChangeResult> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok) return found;
  if (found.group.status === "ARCHIVED") return { ok: false, message: formMessage("Listing.alreadyArchived") };
  try {
    await archive(db, found, now);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, groupId, slug: found.group.slug };
}

async function archive(db: PrismaClient, found: Extract<ManagedLookup, { ok: true }>, now: Date): Promise<void> {
  const groupId = found.group.id;
  await db.$transaction(async (tx) => {
    const moved = await changeListingStatus(tx, groupId, { from: found.group.status, to: "ARCHIVED", who: whoActs(found.actor), now });
    if (!moved) throw new Refused(formMessage("Listing.changedWhileLooking"));
    await changeRevisionStatus(tx, { groupId }, { from: ["PENDING", "CHANGES_REQUESTED"], to: "WITHDRAWN", who: whoActs(found.actor), now });
    await tx.auditEntry.create({ data: { action: "ARCHIVED", actorId: found.actor.id, groupId, details: { from: found.group.status }, createdAt: now } });
  });
}

/** "Still running": stamps the listing as confirmed now, which keeps it fresh in the directory. */
export async function confirmStillRunning(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<ConfirmResult> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok) return found;
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed };
  await db.$transaction([
    db.group.update({ where: { id: groupId }, data: { lastConfirmedAt: now } }),
    db.auditEntry.create({ data: { action: "CONFIRMED", actorId: found.actor.id, groupId, details: { via: "dashboard" }, createdAt: now } }),
  ]);
  const { id, slug, name } = found.group;
  return { ok: true, groupId: id, slug, name, confirmedAt: now };
}
