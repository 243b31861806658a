import type { GroupDetailRecord } from "@/lib/groups/public-select";
import { DAY_NAMES, nextOccurrence, toMeetingRule, toWallClock, type Frequency } from "@/lib/schedule";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";

/** What groupJsonLd reads: pass the record from getPublicGroup (never a listing the public may not see). */
export type GroupJsonLdInput = Pick<
  GroupDetailRecord,
  "slug" | "name" | "summary" | "format" | "isFree" | "websiteUrl" | "onlineJoinUrl" | "showJoinLink" | "languages" | "location" | "meetings"
>;

const REPEAT: Record<Frequency, string> = { WEEKLY: "P1W", FORTNIGHTLY: "P2W", MONTHLY_NTH: "P1M", MONTHLY_LAST: "P1M" };

const ATTENDANCE = {
  IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

const pad = (n: number) => String(n).padStart(2, "0");
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}:00`;

/** "2026-12-01T10:00:00-06:00": the instant as the group's own clock shows it. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const wall = toWallClock(instant, timeZone);
  const offsetMinutes = Math.round((wall.getTime() - instant.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function schedule(meeting: GroupJsonLdInput["meetings"][number]) {
  const rule = toMeetingRule(meeting);
  return {
    "@type": "Schedule",
    repeatFrequency: REPEAT[rule.frequency],
    byDay: `https://schema.org/${DAY_NAMES[rule.weekday]}`,
    // schema.org counts weeks of the month from 1; -1 (the last) follows iCalendar's BYSETPOS,
    // as schema.org has no other way to say "the last Tuesday".
    ...(rule.frequency === "MONTHLY_NTH" && rule.nthWeek ? { byMonthWeek: rule.nthWeek } : {}),
    ...(rule.frequency === "MONTHLY_LAST" ? { byMonthWeek: -1 } : {}),
    startDate: rule.startDate,
    ...(rule.endDate ? { endDate: rule.endDate } : {}),
    startTime: clock(rule.startMinutes),
    endTime: clock(rule.startMinutes + rule.durationMinutes),
    duration: `PT${rule.durationMinutes}M`,
    scheduleTimezone: rule.timeZone,
    ...(meeting.label ? { name: meeting.label } : {}),
    ...(rule.cancellations.length > 0 ? { exceptDate: rule.cancellations } : {}),
  };
}

function place(location: NonNullable<GroupJsonLdInput["location"]>) {
  const street = [location.addressLine1, location.addressLine2].filter(Boolean).join(", ");
  return {
    "@type": "Place",
    name: location.venueName,
    address: {
      "@type": "PostalAddress",
      ...(street ? { streetAddress: street } : {}),
      addressLocality: location.locality,
      ...(location.region ? { addressRegion: location.region } : {}),
      ...(location.postalCode ? { postalCode: location.postalCode } : {}),
      addressCountry: location.countryCode,
    },
    geo: { "@type": "GeoCoordinates", latitude: location.lat, longitude: location.lng },
  };
}

/**
 * schema.org Event for a group page: one event with a Schedule per recurring meeting, and
 * the next meeting as its start. `origin` is the site's address without a trailing slash.
 */
export function groupJsonLd(group: GroupJsonLdInput, { origin, now = new Date(), locale = routing.defaultLocale }: { origin: string; now?: Date; locale?: Locale }) {
  // The page's own address in the language it is read in; inLanguage stays the group's own languages.
  const url = `${origin}${localePath(locale, `/groups/${group.slug}`)}`;
  const rules = group.meetings.map((meeting) => toMeetingRule(meeting));
  const next = nextOccurrence(rules, now);
  const nextZone = next ? group.meetings[next.ruleIndex]?.timeZone : undefined;

  const locations: object[] = [];
  if (group.format !== "ONLINE" && group.location) locations.push(place(group.location));
  if (group.format !== "IN_PERSON") {
    // The join link is public only when the organiser chose so; otherwise the group page explains how to join.
    locations.push({ "@type": "VirtualLocation", url: group.showJoinLink && group.onlineJoinUrl ? group.onlineJoinUrl : url });
  }

  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: group.name,
    description: group.summary,
    url,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: ATTENDANCE[group.format],
    ...(next && nextZone ? { startDate: toZonedIso(next.start, nextZone), endDate: toZonedIso(next.end, nextZone) } : {}),
    eventSchedule: group.meetings.map(schedule),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    organizer: { "@type": "Organization", name: group.name, url: group.websiteUrl ?? url },
    isAccessibleForFree: group.isFree,
    inLanguage: group.languages.map((language) => language.code),
  };
}
