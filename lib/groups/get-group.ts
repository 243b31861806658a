import type { PrismaClient } from "@/lib/db/generated/client";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { describeMeetings, findNextMeeting, listUpcomingDates } from "./meeting-views";
import { groupDetailSelect, type GroupDetailRecord } from "./public-select";

/**
 * A public group by slug with its meetings, or null for anything isPublicListing refuses:
 * listings that are not published, and published ones unconfirmed for HIDDEN_AFTER_MONTHS.
 */
export async function getPublicGroup(db: PrismaClient, slug: string, now = new Date()): Promise<GroupDetailRecord | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return db.group.findFirst({ where: { slug, ...publicListingWhere(now) }, select: groupDetailSelect });
}

export type GroupDetail = ReturnType<typeof toGroupDetail>;

/** The public view of a group: what the page and /api/groups/<slug> show. */
export function toGroupDetail(record: GroupDetailRecord, now: Date) {
  const { id: _id, meetings, onlineJoinUrl, showJoinLink, lastConfirmedAt, updatedAt, ...rest } = record;
  return {
    ...rest,
    // The join link is public only when the organiser chose so.
    onlineJoinUrl: showJoinLink ? onlineJoinUrl : null,
    lastConfirmedAt: lastConfirmedAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    meetings: describeMeetings(meetings),
    nextMeeting: findNextMeeting(meetings, now),
    upcoming: listUpcomingDates(meetings, now),
  };
}

