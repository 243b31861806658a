import { randomBytes } from "node:crypto";
import type { Audience, Frequency, Prisma, PrismaClient, Weekday } from "@/lib/db/generated/client";
import { buildSearchText } from "@/lib/groups/search-text";
import { slugBase } from "@/lib/listings/slug";
import { dateOnly, parseClock } from "@/lib/schedule";
import { ensureLanguages } from "./languages";

/** One recurring meeting, written the way a person would say it: "18:30", "2026-01-06". */
export type MeetingOverride = {
  label?: string | null;
  frequency: Frequency;
  weekday: Weekday;
  /** 1-4, for MONTHLY_NTH. */
  nthWeek?: number | null;
  /** Local wall-clock time, "HH:MM" (24-hour). */
  startTime: string;
  durationMinutes: number;
  /** Defaults to the group's time zone. */
  timeZone?: string;
  /** "YYYY-MM-DD". */
  startDate: string;
  endDate?: string | null;
  /** Local dates ("YYYY-MM-DD") of cancelled occurrences, optionally with a reason. */
  cancellations?: (string | { date: string; reason?: string | null })[];
};

export type LocationOverride = {
  venueName: string;
  addressLine1: string;
  addressLine2?: string | null;
  locality: string;
  region?: string | null;
  postalCode?: string | null;
  countryCode: string;
  lat: number;
  lng: number;
};

type ScalarGroupFields = Omit<Prisma.GroupCreateInput, "languages" | "organiser" | "location" | "meetings" | "audiences">;

export type GroupOverrides = Partial<ScalarGroupFields> & {
  audiences?: Audience[];
  /** Language codes; the rows must exist (createGroup makes sure they do). */
  languages?: string[];
  organiserId?: string | null;
  /** Omitted: a default venue for in-person and hybrid groups, none for online ones. */
  location?: LocationOverride | null;
  /** Omitted: one weekly Tuesday-morning meeting. */
  meetings?: MeetingOverride[];
};

const defaultLocation: LocationOverride = {
  venueName: "Willowbend Community Center",
  addressLine1: "1208 Willowbend Avenue",
  locality: "Austin",
  region: "TX",
  postalCode: "78704",
  countryCode: "US",
  lat: 30.2449,
  lng: -97.7668,
};

const defaultMeeting: MeetingOverride = {
  frequency: "WEEKLY",
  weekday: "TU",
  startTime: "10:00",
  durationMinutes: 90,
  startDate: "2026-01-06",
};

/** "18:30" -> 1110 minutes after midnight. */
function parseStartTime(time: string): number {
  const minutes = parseClock(time);
  if (minutes === null) throw new Error(`Meeting startTime must be "HH:MM", got "${time}"`);
  return minutes;
}

function buildMeeting(meeting: MeetingOverride, groupTimeZone: string): Prisma.MeetingCreateWithoutGroupInput {
  const cancellations = (meeting.cancellations ?? []).map((c) => (typeof c === "string" ? { date: c } : c));
  return {
    label: meeting.label ?? null,
    frequency: meeting.frequency,
    weekday: meeting.weekday,
    nthWeek: meeting.frequency === "MONTHLY_NTH" ? (meeting.nthWeek ?? 1) : null,
    startMinutes: parseStartTime(meeting.startTime),
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone ?? groupTimeZone,
    startDate: dateOnly(meeting.startDate),
    endDate: meeting.endDate ? dateOnly(meeting.endDate) : null,
    ...(cancellations.length > 0 && {
      cancellations: { create: cancellations.map((c) => ({ date: dateOnly(c.date), reason: c.reason ?? null })) },
    }),
  };
}

/** A complete create input with sensible defaults; anything given in `overrides` wins. */
export function buildGroupInput(overrides: GroupOverrides = {}): Prisma.GroupCreateInput {
  const { location: locationOverride, meetings, languages, organiserId, audiences, ...scalars } = overrides;
  const name = scalars.name ?? "New Parents Circle";
  const slug = scalars.slug ?? slugBase(name, null);
  const format = scalars.format ?? "IN_PERSON";
  const timeZone = scalars.timeZone ?? "America/Chicago";
  const status = scalars.status ?? "PUBLISHED";
  const summary = scalars.summary ?? "A friendly weekly drop-in for new parents and their babies.";
  const description =
    scalars.description ??
    "Come as you are, with or without your baby. We share tea, questions and the small wins of the week. No need to book.";
  const location =
    locationOverride === null ? undefined : (locationOverride ?? (format === "ONLINE" ? undefined : defaultLocation));

  return {
    ...scalars,
    name,
    slug,
    summary,
    description,
    status,
    format,
    timeZone,
    venueType: scalars.venueType !== undefined ? scalars.venueType : location ? "COMMUNITY_CENTRE" : null,
    audiences: audiences ?? ["ALL_NEW_PARENTS"],
    onlineJoinUrl: scalars.onlineJoinUrl !== undefined ? scalars.onlineJoinUrl : format === "IN_PERSON" ? null : `https://example.org/join/${slug}`,
    publishedAt: scalars.publishedAt !== undefined ? scalars.publishedAt : status === "PUBLISHED" ? new Date() : null,
    searchText:
      scalars.searchText ??
      buildSearchText({ name, venueName: location?.venueName, locality: location?.locality, summary, description }),
    languages: { connect: (languages ?? ["en"]).map((code) => ({ code })) },
    ...(organiserId && { organiser: { connect: { id: organiserId } } }),
    ...(location && { location: { create: { ...location } } }),
    meetings: { create: (meetings ?? [defaultMeeting]).map((m) => buildMeeting(m, timeZone)) },
  };
}

const languagesReady = new WeakSet<object>();

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Creates a group (languages included) and returns its id and slug. When no slug was given
 * and the one made from the name is taken, a short random suffix keeps it unique.
 */
export async function createGroup(db: PrismaClient, overrides: GroupOverrides = {}): Promise<{ id: string; slug: string }> {
  if (!languagesReady.has(db)) {
    await ensureLanguages(db);
    languagesReady.add(db);
  }
  const input = buildGroupInput(overrides);
  const explicitSlug = overrides.slug !== undefined;
  for (let attempt = 0; ; attempt++) {
    const slug = explicitSlug || attempt === 0 ? input.slug : `${input.slug}-${randomBytes(3).toString("hex")}`;
    if (!explicitSlug && attempt === 0 && (await db.group.findUnique({ where: { slug }, select: { id: true } }))) continue;
    try {
      return await db.group.create({ data: { ...input, slug }, select: { id: true, slug: true } });
    } catch (error) {
      if (explicitSlug || attempt >= 5 || !isUniqueViolation(error)) throw error;
    }
  }
}
