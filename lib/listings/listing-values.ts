import type { Prisma } from "@/lib/db/generated/client";
import { publicMeetingSelect } from "@/lib/groups/public-select";
import type { ListingValues } from "./listing-schema";

// A stored group as listing form values: to prefill the edit form and to compare a
// proposed edit with what is live. Read the group with `listingSelect`.

export const listingSelect = {
  name: true,
  summary: true,
  description: true,
  audiences: true,
  languages: { select: { code: true }, orderBy: { code: "asc" } },
  isFree: true,
  costNote: true,
  registrationRequired: true,
  babiesWelcome: true,
  childcareProvided: true,
  wheelchairAccessible: true,
  accessibilityNotes: true,
  websiteUrl: true,
  registrationUrl: true,
  phone: true,
  contactEmail: true,
  format: true,
  venueType: true,
  location: {
    select: { venueName: true, addressLine1: true, addressLine2: true, locality: true, region: true, postalCode: true, countryCode: true, lat: true, lng: true },
  },
  onlineJoinUrl: true,
  showJoinLink: true,
  joinInstructions: true,
  timeZone: true,
  meetings: {
    select: publicMeetingSelect,
    // Creation order, which is the order the organiser gave them in.
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.GroupSelect;

export type ListingRecord = Prisma.GroupGetPayload<{ select: typeof listingSelect }>;

// @db.Date columns arrive as midnight UTC: the UTC date is the stored local date.
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "HH:MM", 24-hour, from minutes after midnight. */
export function toStartTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function toListingValues(group: ListingRecord): ListingValues {
  return {
    name: group.name,
    summary: group.summary,
    description: group.description,
    audiences: [...group.audiences],
    languages: group.languages.map((l) => l.code),
    isFree: group.isFree,
    costNote: group.costNote,
    registrationRequired: group.registrationRequired,
    babiesWelcome: group.babiesWelcome,
    childcareProvided: group.childcareProvided,
    wheelchairAccessible: group.wheelchairAccessible,
    accessibilityNotes: group.accessibilityNotes,
    websiteUrl: group.websiteUrl,
    registrationUrl: group.registrationUrl,
    phone: group.phone,
    // Older listings may lack one; the form then asks for it.
    contactEmail: group.contactEmail ?? "",
    format: group.format,
    venueType: group.format === "ONLINE" ? null : group.venueType,
    location: group.location && group.format !== "ONLINE" ? { ...group.location } : null,
    onlineJoinUrl: group.onlineJoinUrl,
    showJoinLink: group.showJoinLink,
    joinInstructions: group.joinInstructions,
    timeZone: group.timeZone,
    meetings: group.meetings.map((m) => ({
      label: m.label,
      frequency: m.frequency,
      weekday: m.weekday,
      nthWeek: m.frequency === "MONTHLY_NTH" ? m.nthWeek : null,
      startTime: toStartTime(m.startMinutes),
      durationMinutes: m.durationMinutes,
      startDate: isoDate(m.startDate),
      endDate: m.endDate ? isoDate(m.endDate) : null,
      cancellations: m.cancellations.map((c) => ({ date: isoDate(c.date), reason: c.reason })),
    })),
  };
}

