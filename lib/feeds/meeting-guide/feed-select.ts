import type { Prisma } from "@/lib/db/generated/client";
import { meetingScheduleSelect } from "@/lib/groups/public-select";
import { publicListingWhere } from "@/lib/listings/lifecycle";

// What the Meeting Guide feed reads of a group: public facts only. contactEmail, the
// organiser and moderators' messages are not selected, so they cannot reach the feed.

const DAY = 86_400_000;

/**
 * A day before `now` in UTC is before today everywhere on Earth, so "on or after it" keeps
 * every date that could still be today or later in some meeting's zone; feed.ts decides
 * exactly, in each meeting's own zone.
 */
const dayBefore = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DAY);

const notEnded = (now: Date) => ({ OR: [{ endDate: null }, { endDate: { gte: dayBefore(now) } }] }) satisfies Prisma.MeetingWhereInput;

/** The groups the feed lists: public, with at least one weekly meeting that has not ended. */
export const meetingGuideGroupWhere = (now: Date) =>
  ({ ...publicListingWhere(now), meetings: { some: { frequency: "WEEKLY", ...notEnded(now) } } }) satisfies Prisma.GroupWhereInput;

export const meetingGuideGroupSelect = (now: Date) =>
  ({
    id: true,
    slug: true,
    name: true,
    summary: true,
    format: true,
    audiences: true,
    isFree: true,
    costNote: true,
    registrationRequired: true,
    registrationUrl: true,
    babiesWelcome: true,
    childcareProvided: true,
    wheelchairAccessible: true,
    accessibilityNotes: true,
    parkingAndTransit: true,
    onlineJoinUrl: true,
    showJoinLink: true,
    joinInstructions: true,
    updatedAt: true,
    languages: { select: { code: true }, orderBy: { code: "asc" } },
    location: {
      select: { venueName: true, addressLine1: true, addressLine2: true, locality: true, region: true, postalCode: true, countryCode: true, lat: true, lng: true },
    },
    // Every meeting still running, weekly or not: the others are mentioned in the notes.
    meetings: {
      where: notEnded(now),
      select: {
        id: true,
        label: true,
        ...meetingScheduleSelect,
        cancellations: { where: { date: { gte: dayBefore(now) } }, select: { date: true, reason: true }, orderBy: { date: "asc" } },
      },
      orderBy: [{ startMinutes: "asc" }, { id: "asc" }],
    },
  }) as const satisfies Prisma.GroupSelect;

export type MeetingGuideGroupRecord = Prisma.GroupGetPayload<{ select: ReturnType<typeof meetingGuideGroupSelect> }>;
