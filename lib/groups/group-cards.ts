import type { PrismaClient } from "@/lib/db/generated/client";
import type { DistanceUnit } from "@/lib/geo/distance-unit";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { describeMeetings, findNextMeeting, type MeetingView, type NextMeeting } from "./meeting-views";
import { groupCardSelect, type GroupCardRecord } from "./public-select";
import type { SearchHit } from "./radius-search";

export type { DistanceUnit };

export type GroupCard = Omit<GroupCardRecord, "meetings" | "id" | "lastConfirmedAt"> & {
  lastConfirmedAt: string;
  distance: { value: number; unit: DistanceUnit } | null;
  nextMeeting: NextMeeting | null;
  meetings: MeetingView[];
};

const METERS_PER = { mi: 1609.344, km: 1000 } as const;

export function toDistance(meters: number | null, unit: DistanceUnit): GroupCard["distance"] {
  if (meters === null) return null;
  return { value: Math.round((meters / METERS_PER[unit]) * 10) / 10, unit };
}

export const radiusInMeters = (radius: number, unit: DistanceUnit) => radius * METERS_PER[unit];

/** Loads what a result card shows for one page of search hits, in hit order. */
export async function loadGroupCards(db: PrismaClient, hits: SearchHit[], unit: DistanceUnit, now: Date): Promise<GroupCard[]> {
  if (hits.length === 0) return [];
  const records = await db.group.findMany({ where: { id: { in: hits.map((h) => h.id) }, ...publicListingWhere(now) }, select: groupCardSelect });
  const byId = new Map(records.map((r) => [r.id, r]));
  return hits.flatMap((hit) => {
    const record = byId.get(hit.id);
    return record ? [toGroupCard(record, hit.distanceMeters, unit, now)] : [];
  });
}

export function toGroupCard(record: GroupCardRecord, distanceMeters: number | null, unit: DistanceUnit, now: Date): GroupCard {
  const { meetings, id: _id, lastConfirmedAt, ...rest } = record;
  return {
    ...rest,
    lastConfirmedAt: lastConfirmedAt.toISOString(),
    distance: toDistance(distanceMeters, unit),
    nextMeeting: findNextMeeting(meetings, now),
    meetings: describeMeetings(meetings),
  };
}
