import type { ListingStatus, PrismaClient } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { publicMeetingSelect } from "@/lib/groups/public-select";
import { routing, type Locale } from "@/lib/i18n/routing";
import { describeRule, formatOccurrence, formatOccurrenceDate, formatTimeRange, listOccurrences, toMeetingRule } from "@/lib/schedule";
import { findManagedGroup } from "./manage-results";
import { isPublicListing } from "./lifecycle";

// The organiser's "Dates" page: the next dates of each meeting, cancelled ones included,
// so any one can be cancelled or restored.

export const DATES_SHOWN = 10;

/** `when`: date, time and zone ("Tue 2 Dec 2025, 7:00 pm CST"); `day`: the date alone ("Tue 2 Dec 2025"). */
export type DateRow = { date: string; when: string; day: string; cancelled: boolean; reason: string | null };

export type MeetingDates = { meetingId: string; label: string | null; pattern: string; timeRange: string; timeZone: string; dates: DateRow[] };

/** `isPublic`: a cancelled date shows on the public page and in calendar feeds at once. */
export type ListingDates = { id: string; slug: string; name: string; status: ListingStatus; isPublic: boolean; meetings: MeetingDates[] };

const FAR_AHEAD = 2 * 366 * 86_400_000;

/** The listing's next dates, worded in `locale`; null when the actor may not manage it. */
export async function getListingDates(db: PrismaClient, actor: Actor, groupId: string, { now = new Date(), locale = routing.defaultLocale }: { now?: Date; locale?: Locale } = {}): Promise<ListingDates | null> {
  const found = await findManagedGroup(db, actor, groupId);
  if (!found.ok) return null;
  const meetings = await db.meeting.findMany({
    where: { groupId },
    orderBy: { id: "asc" },
    select: publicMeetingSelect,
  });
  const { id, slug, name, status } = found.group;
  return {
    id,
    slug,
    name,
    status,
    isPublic: isPublicListing(found.group, now),
    meetings: meetings.map((m) => {
      const rule = toMeetingRule(m);
      const reasons = new Map(m.cancellations.map((c) => [c.date.toISOString().slice(0, 10), c.reason]));
      const upcoming = listOccurrences(rule, { from: now, until: new Date(now.getTime() + FAR_AHEAD), limit: DATES_SHOWN, includeCancelled: true });
      return {
        meetingId: m.id,
        label: m.label,
        pattern: describeRule(rule, locale),
        timeRange: formatTimeRange(rule, locale),
        timeZone: m.timeZone,
        dates: upcoming.map((o) => ({
          date: o.localDate,
          when: formatOccurrence(o.start, m.timeZone, { withYear: true }, locale),
          day: formatOccurrenceDate(o.start, m.timeZone, { withYear: true }, locale),
          cancelled: o.cancelled,
          reason: o.cancelled ? (reasons.get(o.localDate) ?? null) : null,
        })),
      };
    }),
  };
}
