import ical, { escape, ICalCalendarMethod, type ICalCalendar, type ICalEventData } from "ical-generator";
import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { toRRule, type MeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";
import { formatICalLocal, formatICalUtc, toFloatingDate, toInstant, toWallClock } from "@/lib/schedule/wall-clock";
import { toICalDateTime } from "./ical-date-time";
import { generateVTimezone } from "./vtimezone";

export type CalendarGroup = {
  slug: string;
  name: string;
  summary: string;
  /** Absolute URL of the group page, in the feed's language. */
  url: string;
  /** "Venue, address" for in-person meetings; null when the group meets online. */
  locationText: string | null;
  lat?: number | null;
  lng?: number | null;
};

export type CalendarMeeting = { id: string; label: string | null; rule: MeetingRule };

// A feed's own words (where an online meeting is) are in the language of its address; the
// listing's name and summary stay as their organiser wrote them.
const DEFAULT_LOCALE: Locale = routing.defaultLocale;

/** What a calendar app shows as the place of an online meeting. */
const onlineLocation = (locale: Locale) => translatorFor(locale, "Calendar")("online");

/**
 * A subscribable iCalendar feed: one recurring VEVENT per meeting, in the meeting's own
 * zone (DTSTART;TZID=…, with a VTIMEZONE), its RRULE, and an EXDATE per cancellation.
 * `now` is the DTSTAMP, so the same data always gives the same text.
 */
export function buildGroupCalendar({ group, meetings, now, locale = DEFAULT_LOCALE }: { group: CalendarGroup; meetings: CalendarMeeting[]; now: Date; locale?: Locale }): string {
  const calendar = createCalendar({ ...group, locale });
  addMeetingEvents(calendar, group, meetings, now, locale);
  return finishCalendar(calendar);
}

/**
 * One recurring event per meeting of `group`. Each event's UID is its meeting's, so a
 * meeting in both a group's feed and a search's feed is one event to a calendar app.
 */
export function addMeetingEvents(calendar: ICalCalendar, group: CalendarGroup, meetings: CalendarMeeting[], now: Date, locale: Locale = DEFAULT_LOCALE): void {
  const online = onlineLocation(locale);
  for (const { id, label, rule } of meetings) {
    // RFC 5545 always counts DTSTART as an occurrence, so it must be the first real meeting.
    const firstStart = findFirstStart(rule);
    if (!firstStart) continue;
    const end = new Date(toInstant(firstStart, rule.timeZone).getTime() + rule.durationMinutes * 60_000);
    calendar.createEvent({
      ...describeEvent(group, label, rule.timeZone, now, online),
      id: `${id}@village`,
      start: toICalDateTime(firstStart),
      end: toICalDateTime(toWallClock(end, rule.timeZone)),
      // A multi-line string is written as given: our RRULE, then the cancellations.
      repeating: [`RRULE:${toRRule(rule)}`, ...formatExDates(rule)].join("\n"),
    });
  }
}

/** One meeting as a calendar file, for "add the next meeting to my calendar" (no RRULE). */
export function buildSingleEventCalendar({
  group,
  occurrence,
  timeZone,
  label = null,
  now = new Date(),
  locale = DEFAULT_LOCALE,
}: {
  group: CalendarGroup;
  occurrence: { start: Date; end: Date };
  timeZone: string;
  label?: string | null;
  now?: Date;
  locale?: Locale;
}): string {
  const calendar = createCalendar({ ...group, locale });
  calendar.createEvent({
    ...describeEvent(group, label, timeZone, now, onlineLocation(locale)),
    id: `${group.slug}-${formatICalUtc(occurrence.start)}@village`,
    start: toICalDateTime(toWallClock(occurrence.start, timeZone)),
    end: toICalDateTime(toWallClock(occurrence.end, timeZone)),
  });
  return finishCalendar(calendar);
}

/** A Google Calendar "add this event" link for one occurrence (a plain link; nothing is fetched). */
export function googleCalendarLink({
  title,
  details,
  location,
  start,
  end,
  url,
  timeZone,
  locale = DEFAULT_LOCALE,
}: {
  title: string;
  details: string;
  location: string | null;
  start: Date;
  end: Date;
  url?: string;
  timeZone?: string;
  /** The language of the page the link is on, for the place of an online meeting. */
  locale?: Locale;
}): string {
  const params: [string, string][] = [
    ["action", "TEMPLATE"],
    ["text", title],
    ["details", url ? `${details}\n\n${url}` : details],
    ["location", location ?? onlineLocation(locale)],
    ...(timeZone ? [["ctz", timeZone] as [string, string]] : []),
  ];
  // UTC instants; the slash between them is left as is, as Google's own links write it.
  const dates = `dates=${formatICalUtc(start)}/${formatICalUtc(end)}`;
  return `https://calendar.google.com/calendar/render?${[...params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`), dates].join("&")}`;
}

/** An empty feed named `name`, whose own page is `url`, with its words in `locale`. */
export function createCalendar({ name, url, description, locale = DEFAULT_LOCALE }: { name: string; url: string; description?: string; locale?: Locale }): ICalCalendar {
  return ical({
    // ical-generator writes NAME and X-WR-CALNAME unescaped.
    name: escape(name, false),
    ...(description ? { description: escape(description, false) } : {}),
    // The product's name is an identifier, not text for people; its language tag says the feed's.
    prodId: { company: "Village", product: "Support group calendar", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url,
    // No ttl: ical-generator writes REFRESH-INTERVAL after the VTIMEZONEs, where RFC 5545
    // allows no calendar property.
    // No calendar-wide zone: each event names its own, and gets a VTIMEZONE for it.
    timezone: { name: null, generator: generateVTimezone },
  });
}

function describeEvent(group: CalendarGroup, label: string | null, timeZone: string, now: Date, online: string): Omit<ICalEventData, "start"> {
  const { locationText, lat, lng } = group;
  return {
    stamp: now,
    timezone: timeZone,
    summary: label ? `${group.name} – ${label}` : group.name,
    description: `${group.summary}\n\n${group.url}`,
    url: group.url,
    location: locationText === null ? online : lat != null && lng != null ? { title: locationText, geo: { lat, lon: lng } } : locationText,
  };
}

/** EXDATE lines at the meeting's local start time on each cancelled date. */
function formatExDates(rule: MeetingRule): string[] {
  if (rule.cancellations.length === 0) return [];
  const stamps = [...new Set(rule.cancellations)].sort().map((date) => toFloatingDate(date, rule.startMinutes));
  // ical-generator drops the TZID of a "UTC" event and writes its times with Z; match it.
  if (rule.timeZone === "UTC") return [`EXDATE:${stamps.map((s) => formatICalUtc(s)).join(",")}`];
  return [`EXDATE;TZID=${rule.timeZone}:${stamps.map(formatICalLocal).join(",")}`];
}

// RFC 5545 ends every content line, the last one included, with CRLF.
export function finishCalendar(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
