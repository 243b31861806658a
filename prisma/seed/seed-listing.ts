import type { ListingStatus, PrismaClient } from "@/lib/db/generated/client";
import { changeListingStatus } from "@/lib/listings/change-status";
import { createListing } from "@/lib/listings/listing-record";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { writeCancellation } from "@/lib/listings/meeting-dates";
import { ensureLanguages } from "./languages";

// Demo and test listings, made through the functions the site uses: createListing writes
// them as a submission does, changeListingStatus moves them on as a moderator's decision
// does. Only the dates are set by hand, so demo data can look months old.

/** One recurring meeting, written the way a person would say it: "18:30", "2026-01-06". */
export type MeetingSeed = {
  label?: string | null;
  frequency: ListingValues["meetings"][number]["frequency"];
  weekday: ListingValues["meetings"][number]["weekday"];
  /** 1-4, for MONTHLY_NTH. */
  nthWeek?: number | null;
  startTime: string;
  durationMinutes: number;
  startDate: string;
  endDate?: string | null;
  /** Local dates ("YYYY-MM-DD") of cancelled occurrences, optionally with a reason. */
  cancellations?: (string | { date: string; reason?: string | null })[];
};

export type LocationSeed = Omit<NonNullable<ListingValues["location"]>, "addressLine2" | "region" | "postalCode" | "lat" | "lng"> &
  Partial<Pick<NonNullable<ListingValues["location"]>, "addressLine2" | "region" | "postalCode">> & { lat: number; lng: number };

export type ListingSeed = Partial<Omit<ListingValues, "location" | "meetings" | "timeZone" | "contactEmail">> & {
  slug?: string;
  contactEmail?: string | null;
  status?: ListingStatus;
  timeZone?: string;
  organiserId?: string | null;
  moderatorMessage?: string | null;
  /** Omitted: a default venue for in-person and hybrid groups, none for online ones. */
  location?: LocationSeed | null;
  /** Omitted: one weekly Tuesday-morning meeting. */
  meetings?: MeetingSeed[];
  createdAt?: Date;
  publishedAt?: Date | null;
  lastConfirmedAt?: Date;
};

const defaultLocation: LocationSeed = {
  venueName: "Willowbend Community Center",
  addressLine1: "1208 Willowbend Avenue",
  locality: "Austin",
  region: "TX",
  postalCode: "78704",
  countryCode: "US",
  lat: 30.2449,
  lng: -97.7668,
};

const defaultMeeting: MeetingSeed = { frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: 90, startDate: "2026-01-06" };

/** Complete listing values with sensible defaults; anything in `seed` wins. */
export function seedValues(seed: ListingSeed = {}): ListingValues {
  const format = seed.format ?? "IN_PERSON";
  const location = format === "ONLINE" || seed.location === null ? null : (seed.location ?? defaultLocation);
  const name = seed.name ?? "New Parents Circle";
  return {
    name,
    summary: seed.summary ?? "A friendly weekly drop-in for new parents and their babies.",
    description: seed.description ?? "Come as you are, with or without your baby. We share tea, questions and the small wins of the week. No need to book.",
    audiences: seed.audiences ?? ["ALL_NEW_PARENTS"],
    languages: seed.languages ?? ["en"],
    isFree: seed.isFree ?? true,
    costNote: seed.costNote ?? null,
    registrationRequired: seed.registrationRequired ?? false,
    registrationUrl: seed.registrationUrl ?? null,
    babiesWelcome: seed.babiesWelcome ?? true,
    childcareProvided: seed.childcareProvided ?? false,
    wheelchairAccessible: seed.wheelchairAccessible ?? false,
    accessibilityNotes: seed.accessibilityNotes ?? null,
    format,
    venueType: location ? (seed.venueType ?? "COMMUNITY_CENTRE") : null,
    parkingAndTransit: location ? (seed.parkingAndTransit ?? null) : null,
    onlineJoinUrl: seed.onlineJoinUrl !== undefined ? seed.onlineJoinUrl : format === "IN_PERSON" ? null : `https://example.org/join/${encodeURIComponent(name.toLowerCase().replace(/\s+/g, "-"))}`,
    showJoinLink: seed.showJoinLink ?? false,
    joinInstructions: seed.joinInstructions ?? null,
    timeZone: seed.timeZone ?? "America/Chicago",
    websiteUrl: seed.websiteUrl ?? null,
    phone: seed.phone ?? null,
    contactEmail: seed.contactEmail ?? "",
    location: location ? { addressLine2: null, region: null, postalCode: null, ...location } : null,
    meetings: (seed.meetings ?? [defaultMeeting]).map((m) => ({
      id: null,
      label: m.label ?? null,
      frequency: m.frequency,
      weekday: m.weekday,
      nthWeek: m.frequency === "MONTHLY_NTH" ? (m.nthWeek ?? 1) : null,
      startTime: m.startTime,
      durationMinutes: m.durationMinutes,
      startDate: m.startDate,
      endDate: m.endDate ?? null,
    })),
  };
}

/** How a seeded listing reached its status, as the site would have moved it. */
const ROUTES: Record<ListingStatus, ListingStatus[]> = {
  PENDING: [],
  PUBLISHED: ["PUBLISHED"],
  CHANGES_REQUESTED: ["CHANGES_REQUESTED"],
  REJECTED: ["REJECTED"],
  ARCHIVED: ["PUBLISHED", "ARCHIVED"],
};

const languagesReady = new WeakSet<object>();

/** Creates a listing (languages included) and moves it to `seed.status`, published by default. */
export async function createSeedListing(db: PrismaClient, seed: ListingSeed = {}): Promise<{ id: string; slug: string }> {
  if (!languagesReady.has(db)) {
    await ensureLanguages(db);
    languagesReady.add(db);
  }
  const values = seedValues(seed);
  const createdAt = seed.createdAt ?? new Date();
  const status = seed.status ?? "PUBLISHED";
  return db.$transaction(
    async (tx) => {
      const created = await createListing(tx, seed.organiserId ?? null, values, { slug: seed.slug, now: createdAt });
      const meetings = await tx.meeting.findMany({ where: { groupId: created.id }, orderBy: { id: "asc" }, select: { id: true } });
      for (const [i, meeting] of (seed.meetings ?? []).entries()) {
        for (const c of meeting.cancellations ?? []) {
          const { date, reason } = typeof c === "string" ? { date: c, reason: null } : c;
          await writeCancellation(tx, meetings[i]!.id, date, reason ?? null);
        }
      }
      let from: ListingStatus = "PENDING";
      for (const to of ROUTES[status]) {
        const who = to === "ARCHIVED" ? "organiser" : "moderator";
        const message = to === "CHANGES_REQUESTED" || to === "REJECTED" ? (seed.moderatorMessage ?? null) : null;
        await changeListingStatus(tx, created.id, { from, to, who, message, now: seed.publishedAt ?? createdAt });
        from = to;
      }
      if (seed.lastConfirmedAt) await tx.group.update({ where: { id: created.id }, data: { lastConfirmedAt: seed.lastConfirmedAt } });
      return created;
    },
    // A slow or busy machine must not fail a long seed on the default 5-second limit.
    { timeout: 60_000, maxWait: 60_000 },
  );
}
