import type { Role } from "./options";

// Who may do what, in one place. Every server action calls these next to the data it
// changes, whatever the page or layout already checked.

export type Actor = { id: string; role: Role } | null;

export const isModerator = (actor: Actor): actor is { id: string; role: "MODERATOR" } => actor?.role === "MODERATOR";

/** Organisers manage their own listings; moderators may manage any. */
export function canManageListing(actor: Actor, listing: { organiserId: string | null }): boolean {
  if (!actor) return false;
  return isModerator(actor) || listing.organiserId === actor.id;
}

/** Only moderators approve, ask for changes, reject and resolve reports. */
export function canModerate(actor: Actor): boolean {
  return isModerator(actor);
}
