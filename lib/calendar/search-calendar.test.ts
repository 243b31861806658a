import { describe, expect, it } from "vitest";
import type { MeetingRule } from "@/lib/schedule";
import { buildGroupCalendar, type CalendarGroup, type CalendarMeeting } from "./group-calendar";
import { buildSearchCalendar } from "./search-calendar";

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);

/** Each VEVENT (or other component) as its own lines, sub-components left out. */
function components(ics: string, type: string): string[][] {
  const found: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(ics)) {
    if (line === `BEGIN:${type}`) current = [];
    else if (line === `END:${type}` && current) {
      found.push(current);
      current = null;
    } else current?.push(line);
  }
  return found;
}
const value = (lines: string[], name: string) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, "");

const rule = (overrides: Partial<MeetingRule>): MeetingRule => ({
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 600,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-06",
  endDate: null,
  cancellations: [],
  ...overrides,
});

const group = (slug: string, name: string, locationText: string | null): CalendarGroup => ({
  slug,
  name,
  summary: `${name}: tea and talk.`,
  url: `https://village.test/groups/${slug}`,
  locationText,
  lat: locationText ? 30.26 : null,
  lng: locationText ? -97.74 : null,
});

const entries: { group: CalendarGroup; meetings: CalendarMeeting[] }[] = [
  {
    group: group("tuesday-circle", "Tuesday Circle", "Library, 1 Main St, Austin"),
    meetings: [
      { id: "tue", label: null, rule: rule({ cancellations: ["2026-02-10"] }) },
      { id: "thu", label: "Evenings", rule: rule({ weekday: "TH", startMinutes: 19 * 60 }) },
    ],
  },
  { group: group("dads-walk", "Dads' Walk", "Zilker Park, Austin"), meetings: [{ id: "sat", label: null, rule: rule({ weekday: "SA", frequency: "MONTHLY_NTH", nthWeek: 1 }) }] },
  { group: group("night-feeds", "Night Feeds, Online", null), meetings: [{ id: "online", label: null, rule: rule({ weekday: "WE", startMinutes: 21 * 60, timeZone: "Europe/London" }) }] },
  // A group with no meetings to come adds nothing, and breaks nothing.
  { group: group("paused", "Paused Group", null), meetings: [] },
];

const now = new Date("2026-02-01T00:00:00Z");
const feed = buildSearchCalendar({
  name: "Village: support groups near Austin, TX; free",
  url: "https://village.test/groups?near=Austin&cost=free",
  description: "The 3 groups this search finds.",
  entries,
  now,
});

describe("buildSearchCalendar", () => {
  it("is one calendar named after the search, linking to it, with CRLF line ends", () => {
    expect(feed.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(feed.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const lines = unfold(feed);
    // Commas and semicolons in the name are escaped, as RFC 5545 TEXT requires.
    expect(lines).toContain("X-WR-CALNAME:Village: support groups near Austin\\, TX\\; free");
    expect(lines).toContain("X-WR-CALDESC:The 3 groups this search finds.");
    expect(lines).toContain("URL:https://village.test/groups?near=Austin&cost=free");
    expect(lines).toContain("METHOD:PUBLISH");
  });

  it("has every meeting of every group, each under its group's name and page", () => {
    const events = components(feed, "VEVENT");
    expect(events.map((e) => value(e, "UID"))).toEqual(["tue@village", "thu@village", "sat@village", "online@village"]);
    expect(events.map((e) => value(e, "SUMMARY"))).toEqual(["Tuesday Circle", "Tuesday Circle – Evenings", "Dads' Walk", "Night Feeds\\, Online"]);
    expect(events.map((e) => value(e, "URL"))).toEqual([
      "https://village.test/groups/tuesday-circle",
      "https://village.test/groups/tuesday-circle",
      "https://village.test/groups/dads-walk",
      "https://village.test/groups/night-feeds",
    ]);
    expect(value(events[3]!, "LOCATION")).toBe("Online");
    expect(value(events[0]!, "EXDATE")).toBe("20260210T100000");
  });

  it("describes each zone once, however many groups meet in it", () => {
    expect(components(feed, "VTIMEZONE").map((z) => value(z, "TZID")).sort()).toEqual(["America/Chicago", "Europe/London"]);
  });

  it("writes each group's events exactly as the group's own feed does", () => {
    const own = buildGroupCalendar({ group: entries[0]!.group, meetings: entries[0]!.meetings, now });
    expect(components(feed, "VEVENT").slice(0, 2)).toEqual(components(own, "VEVENT"));
  });

  it("is a valid, empty calendar when the search finds nothing", () => {
    const empty = buildSearchCalendar({ name: "Nothing", url: "https://village.test/groups?q=zzz", description: "No groups.", entries: [], now });
    expect(components(empty, "VEVENT")).toEqual([]);
    expect(empty.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
