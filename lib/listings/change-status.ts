import type { ListingStatus, Prisma } from "@/lib/db/generated/client";
import { canTransition, type Who } from "./lifecycle";

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
