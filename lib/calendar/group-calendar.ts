import ical, { escape, ICalCalendarMethod, type ICalCalendar, type ICalEventData } from "ical-generator";
import { toRRule, type MeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";
import { formatICalLocal, formatICalUtc, toFloatingDate, toInstant, toWallClock } from "@/lib/schedule/wall-clock";
import { toICalDateTime } from "./ical-date-time";
import { generateVTimezone } from "./vtimezone";

export type CalendarGroup = {
  slug: string;
  name: string;
  summary: string;
  /** Absolute URL of the group page. */
  url: string;
  /** "Venue, address" for in-person meetings; null when the group meets online. */
  locationText: string | null;
  lat?: number | null;
  lng?: number | null;
};

export type CalendarMeeting = { id: string; label: string | null; rule: MeetingRule };

/**
 * A subscribable iCalendar feed: one recurring VEVENT per meeting, in the meeting's own
 * zone (DTSTART;TZID=…, with a VTIMEZONE), its RRULE, and an EXDATE per cancellation.
 * `now` is the DTSTAMP, so the same data always gives the same text.
 */
export function buildGroupCalendar({ group, meetings, now }: { group: CalendarGroup; meetings: CalendarMeeting[]; now: Date }): string {
  const calendar = createCalendar(group);
  addMeetingEvents(calendar, group, meetings, now);
  return finishCalendar(calendar);
}

/**
 * One recurring event per meeting of `group`. Each event's UID is its meeting's, so a
 * meeting in both a group's feed and a search's feed is one event to a calendar app.
 */
export function addMeetingEvents(calendar: ICalCalendar, group: CalendarGroup, meetings: CalendarMeeting[], now: Date): void {
  for (const { id, label, rule } of meetings) {
    // RFC 5545 always counts DTSTART as an occurrence, so it must be the first real meeting.
    const firstStart = findFirstStart(rule);
    if (!firstStart) continue;
    const end = new Date(toInstant(firstStart, rule.timeZone).getTime() + rule.durationMinutes * 60_000);
    calendar.createEvent({
      ...describeEvent(group, label, rule.timeZone, now),
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
}: {
  group: CalendarGroup;
  occurrence: { start: Date; end: Date };
  timeZone: string;
  label?: string | null;
  now?: Date;
}): string {
  const calendar = createCalendar(group);
  calendar.createEvent({
    ...describeEvent(group, label, timeZone, now),
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
}: {
  title: string;
  details: string;
  location: string | null;
  start: Date;
  end: Date;
  url?: string;
  timeZone?: string;
}): string {
  const params: [string, string][] = [
    ["action", "TEMPLATE"],
    ["text", title],
    ["details", url ? `${details}\n\n${url}` : details],
    ["location", location ?? "Online"],
    ...(timeZone ? [["ctz", timeZone] as [string, string]] : []),
  ];
  // UTC instants; the slash between them is left as is, as Google's own links write it.
  const dates = `dates=${formatICalUtc(start)}/${formatICalUtc(end)}`;
  return `https://calendar.google.com/calendar/render?${[...params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`), dates].join("&")}`;
}

/** An empty feed named `name`, whose own page is `url`. */
export function createCalendar({ name, url, description }: { name: string; url: string; description?: string }): ICalCalendar {
  return ical({
    // ical-generator writes NAME and X-WR-CALNAME unescaped.
    name: escape(name, false),
    ...(description ? { description: escape(description, false) } : {}),
    prodId: { company: "Village", product: "Support group calendar", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url,
    // No ttl: ical-generator writes REFRESH-INTERVAL after the VTIMEZONEs, where RFC 5545
    // allows no calendar property.
    // No calendar-wide zone: each event names its own, and gets a VTIMEZONE for it.
    timezone: { name: null, generator: generateVTimezone },
  });
}

function describeEvent(group: CalendarGroup, label: string | null, timeZone: string, now: Date): Omit<ICalEventData, "start"> {
  const { locationText, lat, lng } = group;
  return {
    stamp: now,
    timezone: timeZone,
    summary: label ? `${group.name} – ${label}` : group.name,
    description: `${group.summary}\n\n${group.url}`,
    url: group.url,
    location: locationText === null ? "Online" : lat != null && lng != null ? { title: locationText, geo: { lat, lon: lng } } : locationText,
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
