import type { Prisma } from "@/lib/db/generated/client";
import { formMessage } from "@/lib/forms/form-message";
import { listingSchema, type ListingValues } from "./listing-schema";

// What a proposed edit stores (GroupRevision.data): the listing's resolved values, with a
// version so that a snapshot written by older code is still read the way it was meant.
//   1 (no version field): the values alone; meetings had no ids and were matched by
//     position, and carried their cancelled dates (now kept apart, and ignored here).
//   2: { version: 2, values }, meetings carry the ids of the meetings they edit.

export const SNAPSHOT_VERSION = 2;

export function toSnapshot(values: ListingValues): Prisma.InputJsonValue {
  return { version: SNAPSHOT_VERSION, values } as unknown as Prisma.InputJsonValue;
}

/** `message` is a message key (lib/forms/form-message.ts), worded where it is shown. */
export type ParsedSnapshot = { ok: true; values: ListingValues; version: number } | { ok: false; message: string };

const UNREADABLE = formMessage("Moderation.unreadableEdit");

/**
 * A stored snapshot as listing values, checked again with today's rules. `meetingIds` (the
 * listing's meetings in creation order) gives version-1 meetings the ids they were meant to edit.
 */
export function parseSnapshot(data: unknown, meetingIds: readonly string[] = []): ParsedSnapshot {
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const version = typeof record.version === "number" ? record.version : 1;
  let raw: unknown = version === 1 ? record : record.values;
  if (version === 1 && Array.isArray(record.meetings)) {
    raw = { ...record, meetings: record.meetings.map((m: unknown, i) => ({ ...(m as object), id: meetingIds[i] ?? null })) };
  }
  if (version > SNAPSHOT_VERSION) return { ok: false, message: UNREADABLE };
  const parsed = listingSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: UNREADABLE };
  // Only resolved values are stored: a venue with coordinates, a time zone.
  const { location, timeZone } = parsed.data;
  if (!timeZone || (location && (location.lat === null || location.lng === null))) return { ok: false, message: UNREADABLE };
  return { ok: true, values: parsed.data, version };
}
