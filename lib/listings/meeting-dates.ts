import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { meetingScheduleSelect } from "@/lib/groups/public-select";
import { dateOnly, listOccurrences, toMeetingRule, type MeetingRow } from "@/lib/schedule";
import { closedMessage, findManagedGroup, type ChangeResult, type Refusal } from "./manage-results";
import { CANCELLATION_REASON_MAX } from "./meeting-choices";
import { isCalendarDate } from "./schema-parts";

// Cancelling one date ("no group on 24 December") is a fact about that date, not an edit
// to review: it applies at once, also to a published listing, and shows on its page and
// calendar feeds. Edits carry no cancellations, so approving one never loses them.

const DAY = 86_400_000;

const meetingSelect = { id: true, groupId: true, ...meetingScheduleSelect } as const satisfies Prisma.MeetingSelect;

type MeetingRecord = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

/** Whether the meeting has an occurrence on that local date (cancelled or not). */
function meetsOn(meeting: MeetingRecord, date: string): boolean {
  const rule = toMeetingRule({ ...(meeting as Omit<MeetingRow, "cancellations">), cancellations: [] });
  const day = dateOnly(date).getTime();
  return listOccurrences(rule, { from: new Date(day - 2 * DAY), until: new Date(day + 3 * DAY), includeCancelled: true }).some((o) => o.localDate === date);
}

type Loaded = { ok: true; meeting: MeetingRecord; slug: string; actorId: string } | Refusal;

async function loadMeeting(db: PrismaClient, actor: Actor, meetingId: string, date: string): Promise<Loaded> {
  const meeting = typeof meetingId === "string" && meetingId.length <= 64 ? await db.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect }) : null;
  const found = await findManagedGroup(db, actor, meeting?.groupId ?? "");
  if (!found.ok) return found;
  if (!meeting) return { ok: false, message: "That meeting no longer exists." };
  const closed = closedMessage(found.group.status);
  if (closed) return { ok: false, message: closed };
  if (typeof date !== "string" || !isCalendarDate(date)) return { ok: false, message: "Please fix the problem below.", errors: { date: ["Write the date like 2026-03-14."] } };
  if (!meetsOn(meeting, date)) return { ok: false, message: "Please fix the problem below.", errors: { date: ["The group doesn't meet on that date."] } };
  return { ok: true, meeting, slug: found.group.slug, actorId: found.actor.id };
}

/** Records that a meeting does not take place on a local date ("YYYY-MM-DD"); a second time only changes the reason. */
export async function writeCancellation(tx: Prisma.TransactionClient, meetingId: string, date: string, reason: string | null): Promise<void> {
  await tx.meetingCancellation.upsert({
    where: { meetingId_date: { meetingId, date: dateOnly(date) } },
    create: { meetingId, date: dateOnly(date), reason },
    update: { reason },
  });
}

/** A changed date changes the listing, so feeds that ask "modified since" see it. */
async function touchGroup(tx: Prisma.TransactionClient, groupId: string, now: Date): Promise<void> {
  await tx.group.update({ where: { id: groupId }, data: { updatedAt: now } });
}

/** Marks one date of a meeting as cancelled, with an optional reason parents will see. */
export async function cancelMeetingDate(db: PrismaClient, actor: Actor, meetingId: string, date: string, reason?: string | null, now = new Date()): Promise<ChangeResult> {
  const loaded = await loadMeeting(db, actor, meetingId, date);
  if (!loaded.ok) return loaded;
  const why = reason?.trim() || null;
  if (why && why.length > CANCELLATION_REASON_MAX) {
    return { ok: false, message: "Please fix the problem below.", errors: { reason: [`Please keep the reason under ${CANCELLATION_REASON_MAX} characters.`] } };
  }
  const { meeting, actorId } = loaded;
  await db.$transaction(async (tx) => {
    await writeCancellation(tx, meeting.id, date, why);
    await touchGroup(tx, meeting.groupId, now);
    await tx.auditEntry.create({
      data: { action: "EDITED", actorId, groupId: meeting.groupId, reason: why, details: { change: "date-cancelled", meetingId: meeting.id, date }, createdAt: now },
    });
  });
  return { ok: true, groupId: meeting.groupId, slug: loaded.slug };
}

/** Undoes a cancellation: the meeting takes place on that date after all. */
export async function restoreMeetingDate(db: PrismaClient, actor: Actor, meetingId: string, date: string, now = new Date()): Promise<ChangeResult> {
  const loaded = await loadMeeting(db, actor, meetingId, date);
  if (!loaded.ok) return loaded;
  const { meeting, actorId } = loaded;
  await db.$transaction(async (tx) => {
    const { count } = await tx.meetingCancellation.deleteMany({ where: { meetingId: meeting.id, date: dateOnly(date) } });
    // Restoring a date that was not cancelled (a second click) changes nothing.
    if (count === 0) return;
    await touchGroup(tx, meeting.groupId, now);
    await tx.auditEntry.create({ data: { action: "EDITED", actorId, groupId: meeting.groupId, details: { change: "date-restored", meetingId: meeting.id, date }, createdAt: now } });
  });
  return { ok: true, groupId: meeting.groupId, slug: loaded.slug };
}
