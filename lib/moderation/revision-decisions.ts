import type { AuditAction, PrismaClient, RevisionStatus } from "@/lib/db/generated/client";
import { formMessage } from "@/lib/forms/form-message";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { changeRevisionStatus } from "@/lib/listings/change-status";
import { applyListingValues } from "@/lib/listings/listing-record";
import { parseSnapshot } from "@/lib/listings/revision-snapshot";
import { mailDecision, recipientSelect, type Decision } from "./decision-mail";
import { alreadyDecided, DecisionRefused, forbidden, invalid, notFound, type DecisionResult } from "./decision-result";
import { changesSchema, rejectSchema } from "./decision-schema";

// Decisions on proposed edits to published listings. The published version stays public
// until an edit is approved; approving writes the edit onto the listing in the same
// transaction that marks the revision and records the audit entry.

type Outcome = {
  status: Extract<RevisionStatus, "APPROVED" | "CHANGES_REQUESTED" | "REJECTED">;
  action: Extract<AuditAction, "EDIT_APPROVED" | "EDIT_CHANGES_REQUESTED" | "EDIT_REJECTED">;
  message: string | null;
};

async function decide(db: PrismaClient, actor: Actor, revisionId: string, outcome: Outcome, mail: (slug: string) => Decision, now: Date): Promise<DecisionResult> {
  if (!canModerate(actor) || !actor) return forbidden;
  try {
    const group = await db.$transaction(async (tx) => {
      const revision = await tx.groupRevision.findUnique({
        where: { id: revisionId },
        select: { id: true, status: true, data: true, group: { select: { id: true, name: true, slug: true, ...recipientSelect } } },
      });
      if (!revision) throw new DecisionRefused(notFound("edit"));
      const { group } = revision;
      // The status condition makes two moderators deciding at once safe: only one wins.
      const count = await changeRevisionStatus(tx, { id: revisionId }, { from: ["PENDING"], to: outcome.status, who: "moderator", message: outcome.message, now });
      if (count === 0) throw new DecisionRefused(alreadyDecided(formMessage("Moderation.editNotWaiting", { name: group.name })));
      if (outcome.status === "APPROVED") {
        // Stored edits were valid when sent; check again, since the form's rules may have changed since.
        const meetings = await tx.meeting.findMany({ where: { groupId: group.id }, orderBy: { id: "asc" }, select: { id: true } });
        const proposed = parseSnapshot(revision.data, meetings.map((m) => m.id));
        if (!proposed.ok) throw new DecisionRefused({ ok: false, reason: "invalid", message: proposed.message });
        await applyListingValues(tx, group.id, proposed.values);
      }
      await tx.auditEntry.create({
        data: { action: outcome.action, actorId: actor.id, groupId: group.id, reason: outcome.message, details: { revisionId }, createdAt: now },
      });
      // After an approved edit the organiser hears about the listing under its new name.
      const current = await tx.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, slug: true } });
      return { ...group, ...current };
    });
    const mailed = await mailDecision(db, group, mail(group.slug));
    return { ok: true, groupId: group.id, groupName: group.name, mailed };
  } catch (error) {
    if (error instanceof DecisionRefused) return error.result;
    throw error;
  }
}

/** Applies a pending edit to its published listing; the listing stays published. */
export function approveRevision(db: PrismaClient, actor: Actor, revisionId: string, now = new Date()): Promise<DecisionResult> {
  return decide(db, actor, revisionId, { status: "APPROVED", action: "EDIT_APPROVED", message: null }, (slug) => ({ kind: "edit-approved", slug }), now);
}

/** Sends a pending edit back with a message; the published version stays as it is. */
export async function requestRevisionChanges(db: PrismaClient, actor: Actor, revisionId: string, message: string, now = new Date()): Promise<DecisionResult> {
  if (!canModerate(actor)) return forbidden;
  const parsed = changesSchema.safeParse({ message });
  if (!parsed.success) return invalid("message", parsed.error.issues.map((i) => i.message));
  const text = parsed.data.message;
  return decide(db, actor, revisionId, { status: "CHANGES_REQUESTED", action: "EDIT_CHANGES_REQUESTED", message: text }, () => ({ kind: "edit-changes-requested", message: text }), now);
}

/** Turns a pending edit down with a reason; the published version stays as it is. */
export async function rejectRevision(db: PrismaClient, actor: Actor, revisionId: string, reason: string, now = new Date()): Promise<DecisionResult> {
  if (!canModerate(actor)) return forbidden;
  const parsed = rejectSchema.safeParse({ reason });
  if (!parsed.success) return invalid("reason", parsed.error.issues.map((i) => i.message));
  const text = parsed.data.reason;
  return decide(db, actor, revisionId, { status: "REJECTED", action: "EDIT_REJECTED", message: text }, () => ({ kind: "edit-rejected", reason: text }), now);
}
