import type { ListingStatus, Prisma, RevisionStatus } from "@/lib/db/generated/client";
import { canTransition, canTransitionRevision, type Who } from "./lifecycle";

type Change = { from: ListingStatus; to: ListingStatus; who: Who; message?: string | null; now: Date };

/**
 * Moves a listing from one status to the next, as the lifecycle allows `who` to. The
 * status condition (and the row lock the update takes) makes concurrent moves safe: of two
 * moderators deciding at once only one wins, and this returns false for the other. The
 * moderator's message goes with the move, and the first publication is dated.
 */
export async function changeListingStatus(tx: Prisma.TransactionClient, groupId: string, change: Change): Promise<boolean> {
  if (!canTransition(change.from, change.to, change.who)) throw new Error(`A listing can't go from ${change.from} to ${change.to} by the ${change.who}.`);
  const { count } = await tx.group.updateMany({ where: { id: groupId, status: change.from }, data: { status: change.to, moderatorMessage: change.message ?? null } });
  if (count === 1 && change.to === "PUBLISHED") await tx.group.updateMany({ where: { id: groupId, publishedAt: null }, data: { publishedAt: change.now } });
  return count === 1;
}

/** Statements stay small enough for the site's statement time limit. */
const STATUS_CHUNK = 1_000;

/**
 * Moves many listings at once, as changeListingStatus moves one (imports): each listing
 * moves only from `change.from`. Returns how many moved; fewer than asked means some were
 * moved by someone else meanwhile, and the caller decides what that means.
 */
export async function changeListingStatuses(tx: Prisma.TransactionClient, groupIds: readonly string[], change: Change): Promise<number> {
  if (!canTransition(change.from, change.to, change.who)) throw new Error(`A listing can't go from ${change.from} to ${change.to} by the ${change.who}.`);
  let moved = 0;
  for (let i = 0; i < groupIds.length; i += STATUS_CHUNK) {
    const ids = groupIds.slice(i, i + STATUS_CHUNK);
    const { count } = await tx.group.updateMany({ where: { id: { in: ids }, status: change.from }, data: { status: change.to, moderatorMessage: change.message ?? null } });
    if (change.to === "PUBLISHED") await tx.group.updateMany({ where: { id: { in: ids }, status: "PUBLISHED", publishedAt: null }, data: { publishedAt: change.now } });
    moved += count;
  }
  return moved;
}

type RevisionChange = { from: RevisionStatus[]; to: RevisionStatus; who: Who; message?: string | null; now: Date };

/**
 * Moves proposed edits on, as the lifecycle allows: one edit by id, or every open edit of a
 * listing (archiving withdraws them). Returns how many moved; an edit decided a moment ago
 * by someone else is not in `from` any more and is left alone.
 */
export async function changeRevisionStatus(tx: Prisma.TransactionClient, where: { id: string } | { groupId: string }, change: RevisionChange): Promise<number> {
  for (const from of change.from) {
    if (!canTransitionRevision(from, change.to, change.who)) throw new Error(`An edit can't go from ${from} to ${change.to} by the ${change.who}.`);
  }
  const { count } = await tx.groupRevision.updateMany({
    where: { ...where, status: { in: change.from } },
    data: { status: change.to, moderatorMessage: change.message ?? null, decidedAt: change.now },
  });
  return count;
}
