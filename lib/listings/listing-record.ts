import type { Prisma } from "@/lib/db/generated/client";
import { meetingScheduleSelect } from "@/lib/groups/public-select";
import { buildSearchText } from "@/lib/groups/search-text";
import { dateOnly, parseClock } from "@/lib/schedule";
import { LISTING_FIELDS, LOCATION_FIELDS, type ListingFieldName, type LocationFieldName } from "./fields";
import type { ListingValues, MeetingValues } from "./listing-schema";
import { slugBase, uniqueSlug } from "./slug";

// A listing's values and its rows, both ways: the select that reads them, the values it
// gives, and the write that stores them. Every column comes from the field lists, so a new
// field is read and written without a change here.

/** Fields stored as a column of "Group" under their own name (languages are a relation). */
type ScalarName = Exclude<ListingFieldName, "languages">;
const SCALARS = (Object.keys(LISTING_FIELDS) as ListingFieldName[]).filter((name): name is ScalarName => name !== "languages");
const LOCATION_COLUMNS = Object.keys(LOCATION_FIELDS) as LocationFieldName[];

const selectAll = <K extends string>(names: readonly K[]) => Object.fromEntries(names.map((name) => [name, true])) as Record<K, true>;

const meetingValuesSelect = { id: true, label: true, ...meetingScheduleSelect } as const satisfies Prisma.MeetingSelect;

export const listingSelect = {
  ...selectAll(SCALARS),
  languages: { select: { code: true }, orderBy: { code: "asc" } },
  location: { select: { ...selectAll(LOCATION_COLUMNS), lat: true, lng: true } },
  // Creation order, which is the order the organiser gave them in.
  meetings: { select: meetingValuesSelect, orderBy: { id: "asc" } },
} as const satisfies Prisma.GroupSelect;

export type ListingRecord = Prisma.GroupGetPayload<{ select: typeof listingSelect }>;

// @db.Date columns arrive as midnight UTC: the UTC date is the stored local date.
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "HH:MM", 24-hour, from minutes after midnight. */
export const toStartTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** A stored group as the values the form and the review work with. */
export function toListingValues(group: ListingRecord): ListingValues {
  const { languages, location, meetings, ...scalars } = group;
  return {
    ...scalars,
    // Older listings may lack one; the form then asks for it.
    contactEmail: scalars.contactEmail ?? "",
    languages: languages.map((l) => l.code),
    location: location && scalars.format !== "ONLINE" ? { ...location } : null,
    meetings: meetings.map((m) => ({
      id: m.id,
      label: m.label,
      frequency: m.frequency,
      weekday: m.weekday,
      nthWeek: m.frequency === "MONTHLY_NTH" ? m.nthWeek : null,
      startTime: toStartTime(m.startMinutes),
      durationMinutes: m.durationMinutes,
      startDate: isoDate(m.startDate),
      endDate: m.endDate ? isoDate(m.endDate) : null,
    })),
  };
}

/** The values' time zone, which the server fills in before anything is written. */
function zoneOf(values: ListingValues): string {
  if (!values.timeZone) throw new Error("Listing values must have a time zone before they are written (see resolveListingValues).");
  return values.timeZone;
}

function locationRow(values: ListingValues) {
  const location = values.location;
  if (!location) return null;
  const { lat, lng, ...lines } = location;
  if (lat === null || lng === null) throw new Error("A venue must be resolved to coordinates before it is written (see resolveListingValues).");
  return { ...lines, lat, lng };
}

function groupColumns(values: ListingValues) {
  const columns = Object.fromEntries(SCALARS.map((name) => [name, values[name]])) as Pick<ListingValues, ScalarName>;
  const where = values.location;
  return {
    ...columns,
    // Seeded and imported listings may come without one; messages then go to the organiser's account.
    contactEmail: columns.contactEmail || null,
    timeZone: zoneOf(values),
    searchText: buildSearchText({ name: values.name, venueName: where?.venueName, locality: where?.locality, summary: values.summary, description: values.description }),
  };
}

function meetingColumns(meeting: MeetingValues, timeZone: string) {
  const startMinutes = parseClock(meeting.startTime);
  if (startMinutes === null) throw new Error(`Listing values must have an "HH:MM" start time, got "${meeting.startTime}"`);
  return {
    label: meeting.label,
    frequency: meeting.frequency,
    weekday: meeting.weekday,
    nthWeek: meeting.nthWeek,
    startMinutes,
    durationMinutes: meeting.durationMinutes,
    timeZone,
    startDate: dateOnly(meeting.startDate),
    endDate: meeting.endDate ? dateOnly(meeting.endDate) : null,
  } satisfies Prisma.MeetingUncheckedUpdateInput;
}

/**
 * A listing's values as the rows that store them: the Group columns, the venue, the meetings
 * and the language codes. The one mapping from values to columns, shared by the writes here
 * and by writers of many listings at once (bulk-listings.ts).
 */
export function listingRows(values: ListingValues) {
  const timeZone = zoneOf(values);
  return {
    group: groupColumns(values),
    location: locationRow(values),
    meetings: values.meetings.map((meeting) => meetingColumns(meeting, timeZone)),
    languages: values.languages,
  };
}

export type ListingRows = ReturnType<typeof listingRows>;

/**
 * Makes the group's meetings `meetings`, matched by id: a meeting with the id of one of
 * this group's meetings changes that one (its cancelled dates and its calendar UID stay),
 * one without (or with an id this group does not have) is new, and meetings left out go.
 */
async function writeMeetings(tx: Prisma.TransactionClient, groupId: string, meetings: MeetingValues[], timeZone: string): Promise<void> {
  const existing = new Set((await tx.meeting.findMany({ where: { groupId }, select: { id: true } })).map((m) => m.id));
  const kept = new Set<string>();
  for (const meeting of meetings) {
    if (meeting.id && existing.has(meeting.id) && !kept.has(meeting.id)) {
      kept.add(meeting.id);
      await tx.meeting.update({ where: { id: meeting.id }, data: meetingColumns(meeting, timeZone) });
    } else {
      // One at a time, so creation order (and the ids' order) follows the organiser's order.
      await tx.meeting.create({ data: { groupId, ...meetingColumns(meeting, timeZone) } });
    }
  }
  const gone = [...existing].filter((id) => !kept.has(id));
  if (gone.length > 0) await tx.meeting.deleteMany({ where: { id: { in: gone } } });
}

/**
 * Writes `values` onto an existing group: its columns, search text and languages; the venue
 * (added, changed or removed with the format); the meetings, by id. Status, slug, organiser
 * and review dates are the lifecycle's, not the values'.
 */
export async function applyListingValues(tx: Prisma.TransactionClient, groupId: string, values: ListingValues): Promise<void> {
  const location = locationRow(values);
  await tx.group.update({ where: { id: groupId }, data: { ...groupColumns(values), languages: { set: values.languages.map((code) => ({ code })) } } });
  if (location) await tx.location.upsert({ where: { groupId }, create: { groupId, ...location }, update: location });
  else await tx.location.deleteMany({ where: { groupId } });
  await writeMeetings(tx, groupId, values.meetings, zoneOf(values));
}

/** Creates a listing from resolved `values`, waiting for review, with a slug no other group has. */
export async function createListing(tx: Prisma.TransactionClient, organiserId: string | null, values: ListingValues, options: { slug?: string; now?: Date } = {}): Promise<{ id: string; slug: string }> {
  const slug = options.slug ?? (await uniqueSlug(tx, slugBase(values.name, values.location?.locality)));
  const location = locationRow(values);
  const now = options.now ?? new Date();
  const group = await tx.group.create({
    data: {
      ...groupColumns(values),
      slug,
      status: "PENDING",
      createdAt: now,
      lastConfirmedAt: now,
      ...(organiserId && { organiser: { connect: { id: organiserId } } }),
      languages: { connect: values.languages.map((code) => ({ code })) },
      ...(location && { location: { create: location } }),
    },
    select: { id: true, slug: true },
  });
  await writeMeetings(tx, group.id, values.meetings, zoneOf(values));
  return group;
}
