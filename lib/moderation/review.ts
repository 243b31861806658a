import type { ListingStatus, PrismaClient, ReportReason, RevisionStatus } from "@/lib/db/generated/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { routing, type Locale } from "@/lib/i18n/routing";
import { isPublicListing } from "@/lib/listings/lifecycle";
import { listingSelect, toListingValues, type ListingRecord } from "@/lib/listings/listing-record";
import { listingRows, type FieldRow } from "@/lib/listings/review-rows";
import { parseSnapshot } from "@/lib/listings/revision-snapshot";
import { listAuditLog, type AuditRow } from "./audit-log";
import { diffListingValues, type DiffRow } from "./diff";

// What a moderator reads before deciding, the listing's fields worded in the moderator's
// language. Moderators only: null for anyone else, and for ids that do not exist.

const who = (user: { name: string | null; email: string } | null) => (user ? (user.name ? `${user.name} (${user.email})` : user.email) : null);

export type ListingReview = {
  id: string;
  name: string;
  slug: string;
  status: ListingStatus;
  /** Whether the public can see it now (published and confirmed recently enough). */
  isPublic: boolean;
  organiser: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  lastConfirmedAt: Date;
  moderatorMessage: string | null;
  rows: FieldRow[];
  /** The venue on OpenStreetMap, to check the address makes sense. */
  mapUrl: string | null;
  openReports: { id: string; reason: ReportReason; details: string | null; createdAt: Date }[];
  pendingRevisions: { id: string; createdAt: Date }[];
  history: AuditRow[];
};

export async function getListingReview(db: PrismaClient, actor: Actor, groupId: string, now = new Date(), locale: Locale = routing.defaultLocale): Promise<ListingReview | null> {
  if (!canModerate(actor)) return null;
  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      ...listingSelect,
      id: true,
      name: true,
      slug: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      lastConfirmedAt: true,
      moderatorMessage: true,
      organiser: { select: { name: true, email: true } },
      reports: { where: { resolvedAt: null }, select: { id: true, reason: true, details: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      revisions: { where: { status: "PENDING" }, select: { id: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!group) return null;
  const history = await listAuditLog(db, actor, 1, { groupId });
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    status: group.status,
    isPublic: isPublicListing(group, now),
    organiser: who(group.organiser),
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
    publishedAt: group.publishedAt,
    lastConfirmedAt: group.lastConfirmedAt,
    moderatorMessage: group.moderatorMessage,
    rows: listingRows(toListingValues(group), locale),
    mapUrl: group.location ? `https://www.openstreetmap.org/?mlat=${group.location.lat}&mlon=${group.location.lng}#map=17/${group.location.lat}/${group.location.lng}` : null,
    openReports: group.reports,
    pendingRevisions: group.revisions,
    history: history?.entries ?? [],
  };
}

export type RevisionReview = {
  id: string;
  status: RevisionStatus;
  createdAt: Date;
  decidedAt: Date | null;
  moderatorMessage: string | null;
  author: string | null;
  group: { id: string; name: string; slug: string; status: ListingStatus; isPublic: boolean };
  changes: DiffRow[];
};

export async function getRevisionReview(db: PrismaClient, actor: Actor, revisionId: string, now = new Date(), locale: Locale = routing.defaultLocale): Promise<RevisionReview | null> {
  if (!canModerate(actor)) return null;
  const revision = await db.groupRevision.findUnique({
    where: { id: revisionId },
    select: {
      id: true,
      status: true,
      data: true,
      createdAt: true,
      decidedAt: true,
      moderatorMessage: true,
      createdBy: { select: { name: true, email: true } },
      group: { select: { ...listingSelect, id: true, name: true, slug: true, status: true, lastConfirmedAt: true } },
    },
  });
  if (!revision) return null;
  const { group } = revision;
  return {
    id: revision.id,
    status: revision.status,
    createdAt: revision.createdAt,
    decidedAt: revision.decidedAt,
    moderatorMessage: revision.moderatorMessage,
    author: who(revision.createdBy),
    group: {
      id: group.id,
      name: group.name,
      slug: group.slug,
      status: group.status,
      isPublic: isPublicListing(group, now),
    },
    // Against the listing as it is now: what approving would change.
    changes: proposedChanges(group, revision.data, locale),
  };
}

/** What approving a stored edit would change on the listing as it is now; nothing when the edit can no longer be read. */
export function proposedChanges(group: ListingRecord, data: unknown, locale: Locale = routing.defaultLocale): DiffRow[] {
  const proposed = parseSnapshot(data, group.meetings.map((m) => m.id));
  return proposed.ok ? diffListingValues(toListingValues(group), proposed.values, locale) : [];
}

/** A listing's name for the "Approved …" notice after a decision. */
export async function getListingName(db: PrismaClient, actor: Actor, groupId: string): Promise<string | null> {
  if (!canModerate(actor)) return null;
  return (await db.group.findUnique({ where: { id: groupId }, select: { name: true } }))?.name ?? null;
}
