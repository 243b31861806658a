import type { Prisma } from "@/lib/db/generated/client";
import { buildSearchText } from "@/lib/groups/search-text";
import { dateOnly, parseClock } from "@/lib/schedule";
import type { ListingValues, MeetingValues } from "./listing-schema";
import { slugBase, uniqueSlug } from "./slug";

// Writing listing values onto the tables. Callers validate with listingSchema and resolve
// the address (resolve-listing.ts) first; these only translate and write, inside the
// caller's transaction.

function startMinutes(startTime: string): number {
  const minutes = parseClock(startTime);
  if (minutes === null) throw new Error(`Listing values must have an "HH:MM" start time, got "${startTime}"`);
  return minutes;
}

/** The values' time zone, which the server fills in before anything is written. */
function zoneOf(values: ListingValues): string {
  if (!values.timeZone) throw new Error("Listing values must have a time zone before they are written (see resolveListingValues).");
  return values.timeZone;
}

function locationData(values: ListingValues) {
  const location = values.location;
  if (!location) return null;
  if (location.lat === null || location.lng === null) throw new Error("A venue must be resolved to coordinates before it is written (see resolveListingValues).");
  const { lat, lng, ...lines } = location;
  return { ...lines, lat, lng };
}

function groupScalars(values: ListingValues) {
  const location = values.location;
  return {
    name: values.name,
    summary: values.summary,
    description: values.description,
    format: values.format,
    venueType: values.venueType,
    audiences: values.audiences,
    isFree: values.isFree,
    costNote: values.costNote,
    registrationRequired: values.registrationRequired,
    babiesWelcome: values.babiesWelcome,
    childcareProvided: values.childcareProvided,
    wheelchairAccessible: values.wheelchairAccessible,
    accessibilityNotes: values.accessibilityNotes,
    websiteUrl: values.websiteUrl,
    registrationUrl: values.registrationUrl,
    phone: values.phone,
    contactEmail: values.contactEmail,
    onlineJoinUrl: values.onlineJoinUrl,
    showJoinLink: values.onlineJoinUrl ? values.showJoinLink : false,
    joinInstructions: values.joinInstructions,
    timeZone: zoneOf(values),
    searchText: buildSearchText({ name: values.name, venueName: location?.venueName, locality: location?.locality, summary: values.summary, description: values.description }),
  };
}

function meetingFields(meeting: MeetingValues, timeZone: string) {
  return {
    label: meeting.label,
    frequency: meeting.frequency,
    weekday: meeting.weekday,
    nthWeek: meeting.frequency === "MONTHLY_NTH" ? meeting.nthWeek : null,
    startMinutes: startMinutes(meeting.startTime),
    durationMinutes: meeting.durationMinutes,
    timeZone,
    startDate: dateOnly(meeting.startDate),
    endDate: meeting.endDate ? dateOnly(meeting.endDate) : null,
  } satisfies Prisma.MeetingUncheckedUpdateInput;
}

const cancellationRows = (meeting: MeetingValues) => meeting.cancellations.map((c) => ({ date: dateOnly(c.date), reason: c.reason }));

/**
 * Replaces the group's meetings with `meetings`, cancelled dates included. Rows are reused
 * in order rather than deleted and recreated, so each keeps its id: the id is the event's
 * UID in calendar feeds, and subscribers' calendars should see a changed event, not a new one.
 */
async function replaceMeetings(tx: Prisma.TransactionClient, groupId: string, meetings: MeetingValues[], timeZone: string): Promise<void> {
  const existing = await tx.meeting.findMany({ where: { groupId }, orderBy: { id: "asc" }, select: { id: true } });
  for (const [i, meeting] of meetings.entries()) {
    const current = existing[i];
    const cancellations = cancellationRows(meeting);
    if (current) {
      await tx.meeting.update({ where: { id: current.id }, data: { ...meetingFields(meeting, timeZone), cancellations: { deleteMany: {}, create: cancellations } } });
    } else {
      // One at a time, so creation order (and the ids' order) follows the organiser's order.
      await tx.meeting.create({ data: { groupId, ...meetingFields(meeting, timeZone), cancellations: { create: cancellations } } });
    }
  }
  const leftover = existing.slice(meetings.length).map((m) => m.id);
  if (leftover.length > 0) await tx.meeting.deleteMany({ where: { id: { in: leftover } } });
}

/**
 * Writes `values` onto an existing group: its fields, search text, time zone and languages;
 * the venue (added, changed or removed with the format); the meetings (replaced, with their
 * cancelled dates, keeping the rows' ids in order). Status, slug, organiser and dates of review are left alone.
 */
export async function applyListingValues(tx: Prisma.TransactionClient, groupId: string, values: ListingValues): Promise<void> {
  const timeZone = zoneOf(values);
  const location = locationData(values);
  await tx.group.update({
    where: { id: groupId },
    data: { ...groupScalars(values), languages: { set: values.languages.map((code) => ({ code })) } },
  });
  if (location) await tx.location.upsert({ where: { groupId }, create: { groupId, ...location }, update: location });
  else await tx.location.deleteMany({ where: { groupId } });
  await replaceMeetings(tx, groupId, values.meetings, timeZone);
}

/** Creates a listing from `values`, waiting for review (PENDING), with a slug no other group has. */
export async function createListing(tx: Prisma.TransactionClient, organiserId: string, values: ListingValues): Promise<{ id: string; slug: string }> {
  const slug = await uniqueSlug(tx, slugBase(values.name, values.location?.locality));
  const location = locationData(values);
  const group = await tx.group.create({
    data: {
      ...groupScalars(values),
      slug,
      status: "PENDING",
      organiser: { connect: { id: organiserId } },
      languages: { connect: values.languages.map((code) => ({ code })) },
      ...(location && { location: { create: location } }),
    },
    select: { id: true, slug: true },
  });
  await replaceMeetings(tx, group.id, values.meetings, zoneOf(values));
  return group;
}
