import { describeRule, formatOccurrenceDate, formatTimeRange } from "@/lib/schedule";
import { toWallClock } from "@/lib/schedule/wall-clock";
import type { FeedGroupRecord, FeedMeetingRecord } from "./feed-query";
import { toMeetingGuideSchedule } from "./schedule";
import { meetingGuideTypes } from "./types";

// One Meeting Guide row per weekly meeting of a public group (the format of
// code4recovery/spec, read by the Meeting Guide app, TSML UI and the 12 Step Meeting List
// plugin). The format knows only weekly meetings, so:
// - a weekly meeting is a row while it runs: from a week before its first date (so nobody
//   is sent to a room before it opens) until its last date;
// - fortnightly and monthly meetings are not rows. Shown every week they would send people
//   to an empty room most weeks; they are named in the notes of the group's weekly rows,
//   and their dates are on the group's page, in its calendar feed and in the JSON API;
// - cancelled dates in the next four weeks are listed in the row's notes.
//
// Dates are whole days since 1970-01-01 on the meeting's own calendar (feed-query.ts). The
// feed builds rows for every public group, so this stays plain arithmetic.

const DAY = 86_400_000;
const LISTED_BEFORE_FIRST_DAYS = 7;
const CANCELLATIONS_AHEAD_DAYS = 28;
/** The format asks for slugs of at most 64 characters. */
const SLUG_MAX = 64;
/** Weekday numbers as the format counts them (Sunday 0); day 0 of the epoch was a Thursday. */
const WEEKDAY_NUMBER = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 } as const;
const EPOCH_WEEKDAY = 4;

export type MeetingGuideMeeting = {
  name: string;
  slug: string;
  day: number;
  time: string;
  end_time: string;
  timezone: string;
  notes?: string;
  types: string[];
  updated: string;
  url: string;
  feedback_url: string;
  group: string;
  location?: string;
  location_notes?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  latitude?: number;
  longitude?: number;
  approximate: "yes" | "no";
  regions: string[];
  conference_url?: string;
  conference_url_notes?: string;
  /** Not in the format: the 12 Step Meeting List plugin's own field, which its feeds carry and its importer reads. */
  attendance_option: "in_person" | "hybrid" | "online";
  entity: string;
  entity_url: string;
};

export type FeedContext = { origin: string; now: Date };

const ATTENDANCE = { IN_PERSON: "in_person", HYBRID: "hybrid", ONLINE: "online" } as const;
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const countryNameCache = new Map<string, string>();
const countryName = (code: string) => {
  let name = countryNameCache.get(code);
  if (name === undefined) countryNameCache.set(code, (name = countryNames.of(code) ?? code));
  return name;
};

/** "Tue 23 Dec 2026". A floating date read in UTC shows its own fields. */
const sayDay = (day: number) => formatOccurrenceDate(new Date(day * DAY), "UTC", { withYear: true });
const text = (lines: (string | null | undefined | false)[]) => lines.filter(Boolean).join("\n") || undefined;
const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** The first day on or after the start date that falls on the meeting's weekday. */
function firstWeeklyDay(meeting: FeedMeetingRecord): number {
  return meeting.startDay + ((WEEKDAY_NUMBER[meeting.weekday] - ((meeting.startDay + EPOCH_WEEKDAY) % 7) + 7) % 7);
}

const hasEnded = (meeting: FeedMeetingRecord, today: number) => meeting.endDay !== null && meeting.endDay < today;

/** Whether a meeting is a row today (in its own zone): see the top of this file. */
function isListed(meeting: FeedMeetingRecord, today: number): boolean {
  if (meeting.frequency !== "WEEKLY" || hasEnded(meeting, today)) return false;
  const first = firstWeeklyDay(meeting);
  if (meeting.endDay !== null && meeting.endDay < first) return false;
  return first <= today + LISTED_BEFORE_FIRST_DAYS;
}

/** A slug that stays the same through edits: the meeting's id (which edits keep), after as much of the group's slug as fits. */
function rowSlug(groupSlug: string, meetingId: string): string {
  const room = SLUG_MAX - meetingId.length - 1;
  const prefix = groupSlug.slice(0, Math.max(room, 0)).replace(/-+$/, "");
  return prefix ? `${prefix}-${meetingId}` : meetingId;
}

function scheduleNotes(meeting: FeedMeetingRecord, today: number): string[] {
  const notes: string[] = [];
  const first = firstWeeklyDay(meeting);
  if (first > today) notes.push(`First meeting: ${sayDay(first)}.`);
  if (meeting.endDay !== null) notes.push(`Last meeting: ${sayDay(meeting.endDay)}.`);
  const soon = meeting.cancellations.filter((c) => c.day >= today && c.day <= today + CANCELLATIONS_AHEAD_DAYS);
  if (soon.length) notes.push(`No meeting on ${soon.map((c) => sayDay(c.day) + (c.reason ? ` (${c.reason})` : "")).join(", ")}.`);
  return notes;
}

/** "Also meets: first Saturday of the month, 10:00 am – 11:30 am." for the meetings that are not rows. */
function otherMeetingsNote(others: FeedMeetingRecord[]): string | null {
  if (others.length === 0) return null;
  const said = others.map((meeting) => {
    // Only a weekly meeting that has not started yet can be here.
    const from = meeting.frequency === "WEEKLY" ? ` from ${sayDay(firstWeeklyDay(meeting))}` : "";
    return `${lowerFirst(describeRule(meeting))}${from}, ${formatTimeRange(meeting)}`;
  });
  return `Also meets: ${said.join("; ")}. Dates are on the group's page.`;
}

function onlineNote(group: FeedGroupRecord, conferenceUrl: string | undefined): string | null {
  if (group.format === "IN_PERSON" || conferenceUrl) return null;
  const how = group.joinInstructions ?? "The organiser shares the link when you register.";
  return `${group.format === "HYBRID" ? "You can also join online" : "Online"}: ${how}`;
}

function costNote(group: FeedGroupRecord): string | null {
  if (group.isFree) return null;
  return group.costNote ? `Cost: ${group.costNote}` : "There is a charge.";
}

function registrationNote(group: FeedGroupRecord): string | null {
  if (!group.registrationRequired) return null;
  return group.registrationUrl ? `Register before you go: ${group.registrationUrl}` : "Register before you go (see the group's page).";
}

/** Where, in the format's fields: a street address for a venue; "approximate" and the region "Online" for none. */
function whereFields(group: FeedGroupRecord) {
  const loc = group.format === "ONLINE" ? null : group.location;
  if (!loc) return { approximate: "yes" as const, regions: ["Online"] };
  return {
    location: loc.venueName,
    // The format wants the street address alone (extra lines upset geocoding): the rest goes in the notes.
    location_notes: text([loc.addressLine2, group.accessibilityNotes, group.parkingAndTransit]),
    address: loc.addressLine1,
    city: loc.locality,
    state: loc.region ?? undefined,
    postal_code: loc.postalCode ?? undefined,
    country: loc.countryCode,
    // Five decimals is about a metre, as the format suggests.
    latitude: Math.round(loc.lat * 1e5) / 1e5,
    longitude: Math.round(loc.lng * 1e5) / 1e5,
    approximate: "no" as const,
    regions: [countryName(loc.countryCode), loc.region, loc.locality].filter((r): r is string => Boolean(r)),
  };
}

/**
 * Builds the rows of one group after another for one moment: today's date in each zone is
 * worked out once per zone, not once per meeting.
 */
export function createRowBuilder({ origin, now }: FeedContext): (group: FeedGroupRecord) => MeetingGuideMeeting[] {
  const todayByZone = new Map<string, number>();
  const todayIn = (zone: string) => {
    let today = todayByZone.get(zone);
    if (today === undefined) todayByZone.set(zone, (today = Math.floor(toWallClock(now, zone).getTime() / DAY)));
    return today;
  };

  return (group) => {
    const listed = group.meetings.filter((m) => isListed(m, todayIn(m.timeZone)));
    if (listed.length === 0) return [];
    const others = group.meetings.filter((m) => !listed.includes(m) && !hasEnded(m, todayIn(m.timeZone)));
    const url = `${origin}/groups/${group.slug}`;
    // The join link is public only when the organiser chose so.
    const conferenceUrl = group.format !== "IN_PERSON" && group.showJoinLink && group.onlineJoinUrl ? group.onlineJoinUrl : undefined;
    const shared = {
      types: meetingGuideTypes(group),
      updated: group.updated,
      url,
      feedback_url: url,
      group: group.name,
      ...whereFields(group),
      conference_url: conferenceUrl,
      conference_url_notes: conferenceUrl ? (group.joinInstructions ?? undefined) : undefined,
      attendance_option: ATTENDANCE[group.format],
      entity: "Village",
      entity_url: origin,
    };
    const groupNotes = [otherMeetingsNote(others), onlineNote(group, conferenceUrl), costNote(group), registrationNote(group)];

    return listed.map((meeting) => ({
      name: meeting.label ? `${group.name} (${meeting.label})` : group.name,
      slug: rowSlug(group.slug, meeting.id),
      ...toMeetingGuideSchedule(meeting),
      notes: text([group.summary, ...scheduleNotes(meeting, todayIn(meeting.timeZone)), ...groupNotes]),
      ...shared,
    }));
  };
}

/** The feed rows of one group: one per weekly meeting listed today. */
export const toMeetingGuideRows = (group: FeedGroupRecord, context: FeedContext): MeetingGuideMeeting[] => createRowBuilder(context)(group);
