import type { ListingStatus, PrismaClient } from "@/lib/db/generated/client";
import { changeListingStatus } from "@/lib/listings/change-status";
import { createListing } from "@/lib/listings/listing-record";
import { listingSchema, type ListingValues } from "@/lib/listings/listing-schema";
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

/** What a listing needs that has no default of its own in the schema. */
const REQUIRED = {
  name: "New Parents Circle",
  summary: "A friendly weekly drop-in for new parents and their babies.",
  description: "Come as you are, with or without your baby. We share tea, questions and the small wins of the week. No need to book.",
  audiences: ["ALL_NEW_PARENTS"],
  languages: ["en"],
  isFree: true,
  registrationRequired: false,
  babiesWelcome: true,
  format: "IN_PERSON",
  timeZone: "America/Chicago",
} as const;

/** Stands in for a missing contact address while checking; messages then go to the organiser's account. */
const NO_CONTACT = "no-contact@example.invalid";

/**
 * Complete listing values: `seed` over the defaults, checked by the listing schema itself,
 * so demo and test data obey the same rules as the form (every other field's empty value
 * comes from the schema).
 */
export function seedValues(seed: ListingSeed = {}): ListingValues {
  const { slug: _slug, status: _status, organiserId: _o, moderatorMessage: _m, createdAt: _c, publishedAt: _p, lastConfirmedAt: _l, ...fields } = seed;
  const format = seed.format ?? REQUIRED.format;
  const location = format === "ONLINE" || seed.location === null ? null : (seed.location ?? defaultLocation);
  const input = {
    ...REQUIRED,
    venueType: location ? "COMMUNITY_CENTRE" : null,
    onlineJoinUrl: format === "IN_PERSON" ? null : "https://example.org/join",
    ...fields,
    contactEmail: seed.contactEmail || NO_CONTACT,
    location,
    meetings: (seed.meetings ?? [defaultMeeting]).map(({ cancellations: _cancellations, ...meeting }) => meeting),
  };
  const parsed = listingSchema.safeParse(input);
  if (!parsed.success) throw new Error(`The listing "${input.name}" breaks the listing form's rules: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { ...parsed.data, contactEmail: seed.contactEmail ?? "" };
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
