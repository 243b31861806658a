import type { ListingStatus, PrismaClient, ReportReason } from "@/lib/db/generated/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { isPublicListing, staleListingWhere } from "@/lib/listings/lifecycle";
import { listingSelect } from "@/lib/listings/listing-record";
import type { DiffRow } from "./diff";
import { proposedChanges } from "./review";

/** How many of each kind the queue page lists at once (the counts are always complete). */
export const QUEUE_SECTION_SIZE = 50;

type Section<T> = { items: T[]; total: number };

/** `place` is the venue's town, or null for a group online (`online`) or with no venue yet. */
export type QueueSubmission = { id: string; name: string; place: string | null; online: boolean; organiser: string | null; waitingSince: Date };
export type QueueRevision = { id: string; groupId: string; groupName: string; author: string | null; createdAt: Date; changes: DiffRow[] };
export type QueueReport = {
  id: string;
  /** The page words it (Contact.reasons). */
  reason: ReportReason;
  details: string | null;
  createdAt: Date;
  group: { id: string; name: string; slug: string; status: ListingStatus; isPublic: boolean };
};
export type QueueStale = { id: string; name: string; slug: string; organiser: string | null; lastConfirmedAt: Date; hidden: boolean; lastReminderAt: Date | null };

export type ModerationQueue = {
  submissions: Section<QueueSubmission>;
  revisions: Section<QueueRevision>;
  reports: Section<QueueReport>;
  stale: Section<QueueStale>;
};

const who = (user: { name: string | null; email: string } | null) => (user ? (user.name ? `${user.name} (${user.email})` : user.email) : null);

const placeOf = (group: { location: { locality: string; region: string | null; countryCode: string } | null }) =>
  group.location ? [group.location.locality, group.location.region, group.location.countryCode].filter(Boolean).join(", ") : null;

/**
 * Everything waiting for a moderator, oldest first: new listings, edits to published ones
 * (each with what it changes), open reports, and listings nobody has confirmed for
 * STALE_AFTER_MONTHS. What edits change is worded in `locale`. Moderators only: null for anyone else.
 */
export async function listModerationQueue(db: PrismaClient, actor: Actor, now: Date, locale: Locale = routing.defaultLocale): Promise<ModerationQueue | null> {
  if (!canModerate(actor)) return null;
  const take = QUEUE_SECTION_SIZE;
  const staleWhere = staleListingWhere(now);
  const userSelect = { select: { name: true, email: true } } as const;

  const [submissions, submissionCount, revisions, revisionCount, reports, reportCount, stale, staleCount] = await Promise.all([
    db.group.findMany({
      where: { status: "PENDING" },
      select: { id: true, name: true, format: true, updatedAt: true, organiser: userSelect, location: { select: { locality: true, region: true, countryCode: true } } },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take,
    }),
    db.group.count({ where: { status: "PENDING" } }),
    db.groupRevision.findMany({
      where: { status: "PENDING" },
      select: { id: true, data: true, createdAt: true, createdBy: userSelect, group: { select: { ...listingSelect, id: true, name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    }),
    db.groupRevision.count({ where: { status: "PENDING" } }),
    db.report.findMany({
      where: { resolvedAt: null },
      select: { id: true, reason: true, details: true, createdAt: true, group: { select: { id: true, name: true, slug: true, status: true, lastConfirmedAt: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    }),
    db.report.count({ where: { resolvedAt: null } }),
    db.group.findMany({
      where: staleWhere,
      select: { id: true, name: true, slug: true, status: true, lastConfirmedAt: true, organiser: userSelect },
      orderBy: [{ lastConfirmedAt: "asc" }, { id: "asc" }],
      take,
    }),
    db.group.count({ where: staleWhere }),
  ]);

  const reminders = await lastReminders(db, stale.map((g) => g.id));

  return {
    submissions: {
      total: submissionCount,
      items: submissions.map((g) => ({ id: g.id, name: g.name, place: placeOf(g), online: g.format === "ONLINE", organiser: who(g.organiser), waitingSince: g.updatedAt })),
    },
    revisions: {
      total: revisionCount,
      items: revisions.map((r) => ({
        id: r.id,
        groupId: r.group.id,
        groupName: r.group.name,
        author: who(r.createdBy),
        createdAt: r.createdAt,
        changes: proposedChanges(r.group, r.data, locale),
      })),
    },
    reports: {
      total: reportCount,
      items: reports.map(({ group: { lastConfirmedAt, ...group }, ...r }) => ({
        ...r,
        group: { ...group, isPublic: isPublicListing({ status: group.status, lastConfirmedAt }, now) },
      })),
    },
    stale: {
      total: staleCount,
      items: stale.map((g) => ({
        id: g.id,
        name: g.name,
        slug: g.slug,
        organiser: who(g.organiser),
        lastConfirmedAt: g.lastConfirmedAt,
        hidden: !isPublicListing(g, now),
        lastReminderAt: reminders.get(g.id) ?? null,
      })),
    },
  };
}

/** When each listing's organiser was last sent a "still running?" reminder. */
export async function lastReminders(db: PrismaClient, groupIds: string[]): Promise<Map<string, Date>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db.auditEntry.groupBy({
    by: ["groupId"],
    where: { groupId: { in: groupIds }, action: "REMINDER_SENT" },
    _max: { createdAt: true },
  });
  return new Map(rows.flatMap((r) => (r.groupId && r._max.createdAt ? [[r.groupId, r._max.createdAt] as const] : [])));
}
