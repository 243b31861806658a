import { Prisma, type Audience, type Frequency, type GroupFormat, type PrismaClient, type Weekday } from "@/lib/db/generated/client";
import { publicListingSql } from "@/lib/listings/lifecycle";

// What the Meeting Guide feed reads of a group: public facts only. contactEmail, the
// organiser and moderators' messages are not read, so they cannot reach the feed.
//
// The feed reads every public group, so this is one SQL statement per page of groups, with
// each group's meetings, cancellations, languages and venue gathered as JSON beside it. The
// same read through Prisma's nested select (five statements a page, each with a list of a
// thousand ids) took two to three times as long on 20,000 groups.

export const FEED_PAGE_SIZE = 1000;

/** Dates on a meeting's own calendar as whole days since 1970-01-01 (what `date - DATE '1970-01-01'` gives). */
export type FeedMeetingRecord = {
  id: string;
  label: string | null;
  frequency: Frequency;
  weekday: Weekday;
  nthWeek: number | null;
  startMinutes: number;
  durationMinutes: number;
  timeZone: string;
  startDay: number;
  endDay: number | null;
  /** From the day before today (UTC) on, in date order. */
  cancellations: { day: number; reason: string | null }[];
};

export type FeedGroupRecord = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  format: GroupFormat;
  audiences: Audience[];
  /** Language codes, sorted. */
  languages: string[];
  isFree: boolean;
  costNote: string | null;
  registrationRequired: boolean;
  registrationUrl: string | null;
  babiesWelcome: boolean;
  childcareProvided: boolean;
  wheelchairAccessible: boolean;
  accessibilityNotes: string | null;
  parkingAndTransit: string | null;
  onlineJoinUrl: string | null;
  showJoinLink: boolean;
  joinInstructions: string | null;
  /** Last change, UTC, already in the format's "YYYY-MM-DD HH:MM:SS". */
  updated: string;
  location: {
    venueName: string;
    addressLine1: string;
    addressLine2: string | null;
    locality: string;
    region: string | null;
    postalCode: string | null;
    countryCode: string;
    lat: number;
    lng: number;
  } | null;
  /** Every meeting that has not ended, weekly or not (the others are named in the notes), by start time. */
  meetings: FeedMeetingRecord[];
};

const DAY = 86_400_000;

/**
 * The day before `now` in UTC is before today everywhere on Earth, so "on or after it" keeps
 * every date that may still be today or later in some meeting's zone; feed.ts decides
 * exactly, in each meeting's own zone.
 */
const dayBefore = (now: Date) => new Date(Math.floor(now.getTime() / DAY) * DAY - DAY).toISOString().slice(0, 10);

/** Public groups with a weekly meeting that has not ended, after `afterId` in id order (keyset paging: as fast on the last page as the first). */
export async function readFeedPage(db: PrismaClient, now: Date, afterId: string | null, pageSize = FEED_PAGE_SIZE): Promise<FeedGroupRecord[]> {
  const since = dayBefore(now);
  // Every id sorts after the empty string, so the first page needs no statement of its own.
  const after = afterId ?? "";
  const notEnded = Prisma.sql`(m."endDate" IS NULL OR m."endDate" >= ${since}::date)`;
  return db.$queryRaw<FeedGroupRecord[]>`
    SELECT g."id", g."slug", g."name", g."summary", g."format"::text AS "format", to_json(g."audiences") AS "audiences",
      (SELECT coalesce(json_agg(gl."B" ORDER BY gl."B"), '[]'::json) FROM "_GroupToLanguage" gl WHERE gl."A" = g."id") AS "languages",
      g."isFree", g."costNote", g."registrationRequired", g."registrationUrl", g."babiesWelcome", g."childcareProvided",
      g."wheelchairAccessible", g."accessibilityNotes", g."parkingAndTransit", g."onlineJoinUrl", g."showJoinLink", g."joinInstructions",
      to_char(g."updatedAt", 'YYYY-MM-DD HH24:MI:SS') AS "updated",
      (SELECT json_build_object('venueName', l."venueName", 'addressLine1', l."addressLine1", 'addressLine2', l."addressLine2",
          'locality', l."locality", 'region', l."region", 'postalCode', l."postalCode", 'countryCode', l."countryCode", 'lat', l."lat", 'lng', l."lng")
        FROM "Location" l WHERE l."groupId" = g."id") AS "location",
      (SELECT coalesce(json_agg(json_build_object('id', m."id", 'label', m."label", 'frequency', m."frequency", 'weekday', m."weekday",
          'nthWeek', m."nthWeek", 'startMinutes', m."startMinutes", 'durationMinutes', m."durationMinutes", 'timeZone', m."timeZone",
          'startDay', m."startDate" - DATE '1970-01-01', 'endDay', m."endDate" - DATE '1970-01-01',
          'cancellations', (SELECT coalesce(json_agg(json_build_object('day', c."date" - DATE '1970-01-01', 'reason', c."reason") ORDER BY c."date"), '[]'::json)
            FROM "MeetingCancellation" c WHERE c."meetingId" = m."id" AND c."date" >= ${since}::date))
          ORDER BY m."startMinutes", m."id"), '[]'::json)
        FROM "Meeting" m WHERE m."groupId" = g."id" AND ${notEnded}) AS "meetings"
    FROM "Group" g
    WHERE ${publicListingSql("g", now)}
      AND g."id" > ${after}
      -- The planner merges this with the groups in id order; without the bound on "groupId"
      -- it would read every meeting before the page, each page a little slower than the last.
      AND EXISTS (SELECT 1 FROM "Meeting" m WHERE m."groupId" = g."id" AND m."groupId" > ${after} AND m."frequency" = 'WEEKLY' AND ${notEnded})
    ORDER BY g."id"
    LIMIT ${pageSize}::int`;
}
