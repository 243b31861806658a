import type { ListingStatus, PrismaClient, RevisionStatus } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { findManagedGroup } from "./manage-results";
import { isPublicListing, isStaleListing } from "./lifecycle";
import type { ListingValues } from "./listing-schema";
import { listingSelect, toListingValues } from "./listing-record";
import { parseSnapshot } from "./revision-snapshot";

// Reads for the organiser's pages. Each checks that the actor may see the listing, next to
// the query, whatever the layout already checked.

export type MyListing = {
  id: string;
  slug: string;
  name: string;
  status: ListingStatus;
  /** Where it meets, as its organiser wrote it: "Austin, TX"; empty for online groups. */
  place: string;
  online: boolean;
  timeZone: string;
  lastConfirmedAt: Date;
  /** An edit of the published listing is waiting for a moderator. */
  editWaiting: boolean;
  /** What a moderator last said that still applies: changes asked for, or why something was turned down. */
  moderatorMessage: { text: string; about: "listing" | "edit"; outcome: "changes" | "rejected" } | null;
  /** Published and confirmed recently enough to be in the directory. */
  isPublic: boolean;
  /** Published, but not confirmed for a while: time to say it is still running. */
  stale: boolean;
};

/** Listings that need the organiser first, finished ones last. */
const STATUS_ORDER: Record<ListingStatus, number> = { CHANGES_REQUESTED: 0, PENDING: 1, PUBLISHED: 2, REJECTED: 3, ARCHIVED: 4 };

const CLOSED_REVISIONS: RevisionStatus[] = ["CHANGES_REQUESTED", "REJECTED"];

/** The signed-in person's own listings, most recently changed first. */
export async function listMyListings(db: PrismaClient, actor: Actor, now = new Date()): Promise<MyListing[]> {
  if (!actor) return [];
  const groups = await db.group.findMany({
    where: { organiserId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      format: true,
      timeZone: true,
      moderatorMessage: true,
      lastConfirmedAt: true,
      location: { select: { locality: true, region: true } },
      revisions: { where: { status: { not: "WITHDRAWN" } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, moderatorMessage: true } },
    },
  });
  const listings = groups.map((g): MyListing => {
    const revision = g.revisions[0];
    let moderatorMessage: MyListing["moderatorMessage"] = null;
    if ((g.status === "CHANGES_REQUESTED" || g.status === "REJECTED") && g.moderatorMessage) {
      moderatorMessage = { text: g.moderatorMessage, about: "listing", outcome: g.status === "REJECTED" ? "rejected" : "changes" };
    } else if (g.status === "PUBLISHED" && revision && CLOSED_REVISIONS.includes(revision.status) && revision.moderatorMessage) {
      moderatorMessage = { text: revision.moderatorMessage, about: "edit", outcome: revision.status === "REJECTED" ? "rejected" : "changes" };
    }
    return {
      id: g.id,
      slug: g.slug,
      name: g.name,
      status: g.status,
      place: g.format === "ONLINE" ? "" : [g.location?.locality, g.location?.region].filter(Boolean).join(", "),
      online: g.format === "ONLINE",
      timeZone: g.timeZone,
      lastConfirmedAt: g.lastConfirmedAt,
      editWaiting: g.status === "PUBLISHED" && revision?.status === "PENDING",
      moderatorMessage,
      isPublic: isPublicListing(g, now),
      stale: isStaleListing(g, now),
    };
  });
  // Array#sort is stable: within a status the most recently changed stay first.
  return listings.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

export type ListingForEdit = {
  id: string;
  slug: string;
  name: string;
  status: ListingStatus;
  /** What the form starts from: the edit waiting for review (or sent back) if any, else the listing. */
  values: ListingValues;
  source: "listing" | "pending-edit" | "returned-edit";
  moderatorMessage: string | null;
};

/** A listing the actor may edit, with the values to prefill the form; null when not theirs. */
export async function getListingForEdit(db: PrismaClient, actor: Actor, groupId: string): Promise<ListingForEdit | null> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok) return null;
  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      ...listingSelect,
      moderatorMessage: true,
      revisions: { where: { status: { in: ["PENDING", "CHANGES_REQUESTED"] } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, data: true, moderatorMessage: true } },
    },
  });
  if (!group) return null;
  const { id, slug, name, status } = found.group;
  const revision = status === "PUBLISHED" ? group.revisions[0] : undefined;
  const fromRevision = revision ? parseSnapshot(revision.data, group.meetings.map((m) => m.id)) : null;
  if (revision && fromRevision?.ok) {
    const returned = revision.status === "CHANGES_REQUESTED";
    return { id, slug, name, status, values: fromRevision.values, source: returned ? "returned-edit" : "pending-edit", moderatorMessage: returned ? revision.moderatorMessage : null };
  }
  return { id, slug, name, status, values: toListingValues(group), source: "listing", moderatorMessage: status === "CHANGES_REQUESTED" ? group.moderatorMessage : null };
}
