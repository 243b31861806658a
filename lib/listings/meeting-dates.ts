import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { meetingScheduleSelect } from "@/lib/groups/public-select";
import { dateOnly, listOccurrences, toMeetingRule, type MeetingRow } from "@/lib/schedule";
import { closedMessage, findManagedGroup, SIGN_IN_FIRST, type ChangeResult } from "./action-results";
import { CANCELLATION_REASON_MAX } from "./meeting-choices";
import { listingSchema } from "./listing-schema";
import { toStartTime } from "./listing-values";
import { isCalendarDate } from "./schema-parts";

// Cancelling one date ("no group on 24 December") is a fact, not an edit to review: it
// applies at once, also to a published listing, and shows on its page and calendar feeds.

const DAY = 86_400_000;

const meetingSelect = { id: true, groupId: true, ...meetingScheduleSelect } as const satisfies Prisma.MeetingSelect;

type MeetingRecord = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

/** Whether the meeting has an occurrence on that local date (cancelled or not). */
function meetsOn(meeting: MeetingRecord, date: string): boolean {
  const rule = toMeetingRule({ ...(meeting as Omit<MeetingRow, "cancellations">), cancellations: [] });
  const day = dateOnly(date).getTime();
  return listOccurrences(rule, { from: new Date(day - 2 * DAY), until: new Date(day + 3 * DAY), includeCancelled: true }).some((o) => o.localDate === date);
}

/**
 * An edit waiting for review carries its own copy of the meetings, which replaces them on
 * approval: give the same meeting in it the same cancelled date, so approval keeps it.
 */
async function syncPendingRevision(tx: Prisma.TransactionClient, meeting: MeetingRecord, date: string, reason: string | null, cancelled: boolean) {
  const revision = await tx.groupRevision.findFirst({ where: { groupId: meeting.groupId, status: "PENDING" }, select: { id: true, data: true } });
  const parsed = revision ? listingSchema.safeParse(revision.data) : null;
  if (!revision || !parsed?.success) return;
  const startTime = toStartTime(meeting.startMinutes);
  let changed = false;
  const meetings = parsed.data.meetings.map((m) => {
    const same = m.frequency === meeting.frequency && m.weekday === meeting.weekday && m.startTime === startTime && (m.nthWeek ?? null) === (meeting.nthWeek ?? null);
    if (!same) return m;
    changed = true;
    const others = m.cancellations.filter((c) => c.date !== date);
    return { ...m, cancellations: cancelled ? [...others, { date, reason }].sort((a, b) => a.date.localeCompare(b.date)) : others };
  });
  if (changed) await tx.groupRevision.update({ where: { id: revision.id }, data: { data: { ...parsed.data, meetings } as unknown as Prisma.InputJsonValue } });
}

type Loaded = { ok: true; meeting: MeetingRecord; slug: string } | { ok: false; message: string; errors?: Record<string, string[]> };

async function loadMeeting(db: PrismaClient, actor: Actor, meetingId: string, date: string): Promise<Loaded> {
  if (!actor) return { ok: false, message: SIGN_IN_FIRST };
  const meeting = typeof meetingId === "string" && meetingId.length <= 64 ? await db.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect }) : null;
  const found = await findManagedGroup(db, actor, meeting?.groupId ?? "");
  if (!meeting || !found.ok) return { ok: false, message: found.ok ? "That meeting no longer exists." : found.message };
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed };
  if (typeof date !== "string" || !isCalendarDate(date)) return { ok: false, message: "Please fix the problem below.", errors: { date: ["Write the date like 2026-03-14."] } };
  if (!meetsOn(meeting, date)) return { ok: false, message: "Please fix the problem below.", errors: { date: ["The group doesn't meet on that date."] } };
  return { ok: true, meeting, slug: found.group.slug };
}

/** Marks one date of a meeting as cancelled, with an optional reason parents will see. */
export async function cancelMeetingDate(db: PrismaClient, actor: Actor, meetingId: string, date: string, reason?: string | null, now = new Date()): Promise<ChangeResult> {
  const loaded = await loadMeeting(db, actor, meetingId, date);
  if (!loaded.ok || !actor) return loaded.ok ? { ok: false, message: SIGN_IN_FIRST } : loaded;
  const why = reason?.trim() || null;
  if (why && why.length > CANCELLATION_REASON_MAX) {
    return { ok: false, message: "Please fix the problem below.", errors: { reason: [`Please keep the reason under ${CANCELLATION_REASON_MAX} characters.`] } };
  }
  const { meeting } = loaded;
  await db.$transaction(async (tx) => {
    await tx.meetingCancellation.upsert({
      where: { meetingId_date: { meetingId: meeting.id, date: dateOnly(date) } },
      create: { meetingId: meeting.id, date: dateOnly(date), reason: why },
      update: { reason: why },
    });
    await syncPendingRevision(tx, meeting, date, why, true);
    await tx.auditEntry.create({
      data: { action: "EDITED", actorId: actor.id, groupId: meeting.groupId, reason: why, details: { change: "date-cancelled", meetingId: meeting.id, date }, createdAt: now },
    });
  });
  return { ok: true, groupId: meeting.groupId, slug: loaded.slug };
}

/** Undoes a cancellation: the meeting takes place on that date after all. */
export async function restoreMeetingDate(db: PrismaClient, actor: Actor, meetingId: string, date: string, now = new Date()): Promise<ChangeResult> {
  const loaded = await loadMeeting(db, actor, meetingId, date);
  if (!loaded.ok || !actor) return loaded.ok ? { ok: false, message: SIGN_IN_FIRST } : loaded;
  const { meeting } = loaded;
  await db.$transaction(async (tx) => {
    const { count } = await tx.meetingCancellation.deleteMany({ where: { meetingId: meeting.id, date: dateOnly(date) } });
    // Restoring a date that was not cancelled (a second click) changes nothing.
    if (count === 0) return;
    await syncPendingRevision(tx, meeting, date, null, false);
    await tx.auditEntry.create({ data: { action: "EDITED", actorId: actor.id, groupId: meeting.groupId, details: { change: "date-restored", meetingId: meeting.id, date }, createdAt: now } });
  });
  return { ok: true, groupId: meeting.groupId, slug: loaded.slug };
}
