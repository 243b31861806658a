import type { AuditAction, ListingStatus, PrismaClient } from "@/lib/db/generated/client";
import { formMessage } from "@/lib/forms/form-message";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { changeListingStatus } from "@/lib/listings/change-status";
import { mailDecision, recipientSelect, type Decision } from "./decision-mail";
import { alreadyDecided, DecisionRefused, forbidden, invalid, notFound, type DecisionResult } from "./decision-result";
import { changesSchema, rejectSchema } from "./decision-schema";

// Decisions on new listings (status PENDING). Each checks the actor itself, moves the
// listing on through the lifecycle and writes the audit entry in one transaction, then
// emails the organiser.

type Outcome = {
  status: Extract<ListingStatus, "PUBLISHED" | "CHANGES_REQUESTED" | "REJECTED">;
  action: Extract<AuditAction, "APPROVED" | "CHANGES_REQUESTED" | "REJECTED">;
  message: string | null;
};

async function decide(db: PrismaClient, actor: Actor, groupId: string, outcome: Outcome, mail: (slug: string) => Decision, now: Date): Promise<DecisionResult> {
  if (!canModerate(actor) || !actor) return forbidden;
  try {
    const group = await db.$transaction(async (tx) => {
      const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, name: true, slug: true, status: true, ...recipientSelect } });
      if (!group) throw new DecisionRefused(notFound("listing"));
      const moved = group.status === "PENDING" && (await changeListingStatus(tx, groupId, { from: "PENDING", to: outcome.status, who: "moderator", message: outcome.message, now }));
      if (!moved) throw new DecisionRefused(alreadyDecided(formMessage("Moderation.listingNotWaiting", { name: group.name, status: group.status })));
      await tx.auditEntry.create({
        data: { action: outcome.action, actorId: actor.id, groupId, reason: outcome.message, details: { from: group.status, to: outcome.status }, createdAt: now },
      });
      return group;
    });
    const mailed = await mailDecision(db, group, mail(group.slug));
    return { ok: true, groupId, groupName: group.name, mailed };
  } catch (error) {
    if (error instanceof DecisionRefused) return error.result;
    throw error;
  }
}

/** Publishes a pending listing: it appears in search and gets its page. */
export function approveListing(db: PrismaClient, actor: Actor, groupId: string, now = new Date()): Promise<DecisionResult> {
  return decide(db, actor, groupId, { status: "PUBLISHED", action: "APPROVED", message: null }, (slug) => ({ kind: "approved", slug }), now);
}

/** Sends a pending listing back to its organiser with a message; it stays hidden. */
export async function requestListingChanges(db: PrismaClient, actor: Actor, groupId: string, message: string, now = new Date()): Promise<DecisionResult> {
  if (!canModerate(actor)) return forbidden;
  const parsed = changesSchema.safeParse({ message });
  if (!parsed.success) return invalid("message", parsed.error.issues.map((i) => i.message));
  const text = parsed.data.message;
  return decide(db, actor, groupId, { status: "CHANGES_REQUESTED", action: "CHANGES_REQUESTED", message: text }, () => ({ kind: "changes-requested", message: text }), now);
}

/** Turns a pending listing down for good, with the reason the organiser will read. */
export async function rejectListing(db: PrismaClient, actor: Actor, groupId: string, reason: string, now = new Date()): Promise<DecisionResult> {
  if (!canModerate(actor)) return forbidden;
  const parsed = rejectSchema.safeParse({ reason });
  if (!parsed.success) return invalid("reason", parsed.error.issues.map((i) => i.message));
  const text = parsed.data.reason;
  return decide(db, actor, groupId, { status: "REJECTED", action: "REJECTED", message: text }, () => ({ kind: "rejected", reason: text }), now);
}
