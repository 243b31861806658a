import type { Prisma } from "@/lib/db/generated/client";

// What the public may see of a group. contactEmail and the organiser are deliberately
// absent: every public page and the JSON API read through these selects.

/** What a meeting's dates are worked out from (toMeetingRule), without its cancellations. */
export const meetingScheduleSelect = {
  frequency: true,
  weekday: true,
  nthWeek: true,
  startMinutes: true,
  durationMinutes: true,
  timeZone: true,
  startDate: true,
  endDate: true,
} as const satisfies Prisma.MeetingSelect;

export const publicMeetingSelect = {
  id: true,
  label: true,
  ...meetingScheduleSelect,
  cancellations: { select: { date: true, reason: true }, orderBy: { date: "asc" } },
} as const satisfies Prisma.MeetingSelect;

export const groupCardSelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  format: true,
  venueType: true,
  audiences: true,
  isFree: true,
  babiesWelcome: true,
  childcareProvided: true,
  wheelchairAccessible: true,
  registrationRequired: true,
  timeZone: true,
  lastConfirmedAt: true,
  languages: { select: { code: true, name: true }, orderBy: { name: "asc" } },
  location: { select: { venueName: true, locality: true, region: true, countryCode: true, lat: true, lng: true } },
  meetings: { select: publicMeetingSelect, orderBy: { startMinutes: "asc" } },
} as const satisfies Prisma.GroupSelect;

export const groupDetailSelect = {
  ...groupCardSelect,
  description: true,
  costNote: true,
  accessibilityNotes: true,
  parkingAndTransit: true,
  websiteUrl: true,
  registrationUrl: true,
  phone: true,
  onlineJoinUrl: true,
  showJoinLink: true,
  joinInstructions: true,
  updatedAt: true,
  location: {
    select: { venueName: true, addressLine1: true, addressLine2: true, locality: true, region: true, postalCode: true, countryCode: true, lat: true, lng: true },
  },
} as const satisfies Prisma.GroupSelect;

export type GroupCardRecord = Prisma.GroupGetPayload<{ select: typeof groupCardSelect }>;
export type GroupDetailRecord = Prisma.GroupGetPayload<{ select: typeof groupDetailSelect }>;
export type PublicMeetingRecord = GroupCardRecord["meetings"][number];
