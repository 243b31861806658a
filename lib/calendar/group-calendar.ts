import ical, { type ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { toRRule, type MeetingRule } from "@/lib/schedule";
import { floatingDate, floatingToInstant } from "@/lib/schedule/wall-clock";

export type CalendarGroup = {
  slug: string;
  name: string;
  summary: string;
  /** Absolute URL of the group page. */
  url: string;
  /** "Venue, address" for in-person meetings; null online. */
  locationText: string | null;
  lat?: number | null;
  lng?: number | null;
};

export type CalendarMeeting = { id: string; label: string | null; rule: MeetingRule };

// VTIMEZONE blocks let calendar apps place TZID times correctly without their own database.
const vtimezone = (zone: string) => tzlib_get_ical_block(zone)[0] ?? null;

function newCalendar(name: string, url: string): ICalCalendar {
  return ical({ name, prodId: { company: "Village", product: "Support group calendar", language: "EN" }, url, timezone: { name: null, generator: vtimezone } });
}

function location(group: CalendarGroup) {
  if (!group.locationText) return "Online";
  return group.lat != null && group.lng != null ? { title: group.locationText, geo: { lat: group.lat, lon: group.lng } } : group.locationText;
}

// ical-generator writes a native Date with TZID using the server's own zone; a luxon
// DateTime carries the zone itself.
const inZone = (instant: Date, timeZone: string) => DateTime.fromJSDate(instant, { zone: timeZone });

/** Local "YYYYMMDDTHHMMSS" for an EXDATE with TZID. */
const localStamp = (isoDate: string, minutes: number) => `${isoDate.replace(/-/g, "")}T${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}00`;

/** A subscribable feed: one recurring event per meeting, with its rule, zone and cancellations. */
export function buildGroupCalendar({ group, meetings }: { group: CalendarGroup; meetings: CalendarMeeting[]; now: Date }): string {
  const calendar = newCalendar(group.name, group.url);
  for (const { id, label, rule } of meetings) {
    const start = floatingToInstant(floatingDate(rule.startDate, rule.startMinutes), rule.timeZone);
    const exdates = rule.cancellations.map((d) => localStamp(d, rule.startMinutes));
    calendar.createEvent({
      id: `${id}@village`,
      start: inZone(start, rule.timeZone),
      end: inZone(new Date(start.getTime() + rule.durationMinutes * 60_000), rule.timeZone),
      timezone: rule.timeZone,
      repeating: [`RRULE:${toRRule(rule)}`, ...(exdates.length ? [`EXDATE;TZID=${rule.timeZone}:${exdates.join(",")}`] : [])].join("\n"),
      summary: label ? `${group.name}: ${label}` : group.name,
      description: `${group.summary}\n\n${group.url}`,
      url: group.url,
      location: location(group),
    });
  }
  return calendar.toString();
}

/** One meeting as a calendar file, for "add the next meeting to my calendar". */
export function buildSingleEventCalendar({ group, occurrence, timeZone }: { group: CalendarGroup; occurrence: { start: Date; end: Date }; timeZone: string }): string {
  const calendar = newCalendar(group.name, group.url);
  calendar.createEvent({
    id: `${group.slug}-${occurrence.start.toISOString()}@village`,
    start: inZone(occurrence.start, timeZone),
    end: inZone(occurrence.end, timeZone),
    timezone: timeZone,
    summary: group.name,
    description: `${group.summary}\n\n${group.url}`,
    url: group.url,
    location: location(group),
  });
  return calendar.toString();
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** A Google Calendar "add event" link for one occurrence (a plain link; nothing is fetched). */
export function googleCalendarLink({ title, details, location: where, start, end }: { title: string; details: string; location: string | null; start: Date; end: Date }): string {
  const params = new URLSearchParams({ action: "TEMPLATE", text: title, dates: `${utcStamp(start)}/${utcStamp(end)}`, details, location: where ?? "Online" });
  return `https://calendar.google.com/calendar/render?${params}`;
}
