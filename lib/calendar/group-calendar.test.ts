import { describe, expect, it } from "vitest";
import { RRule } from "@/lib/schedule/rrule-lib";
import { listOccurrences, type MeetingRule } from "@/lib/schedule";
import { buildGroupCalendar, buildSingleEventCalendar, googleCalendarLink } from "./group-calendar";

const group = { slug: "tuesday-circle", name: "Tuesday Circle", summary: "Tea, talk; and babies, too.", url: "https://village.test/groups/tuesday-circle", locationText: "Library, 1 Main St, Austin", lat: 30.26, lng: -97.74 };
const rule: MeetingRule = { frequency: "FORTNIGHTLY", weekday: "TU", nthWeek: null, startMinutes: 18 * 60 + 30, durationMinutes: 90, timeZone: "America/Chicago", startDate: "2026-01-06", endDate: "2026-12-31", cancellations: ["2026-03-17"] };

describe("buildGroupCalendar", () => {
  const ics = buildGroupCalendar({ group, meetings: [{ id: "m1", label: null, rule }], now: new Date("2026-02-01T00:00:00Z") });
  const lines = ics.split("\r\n");

  it("writes a recurring event in the meeting's zone with its rule and cancellation", () => {
    expect(lines).toContain("BEGIN:VCALENDAR");
    expect(lines).toContain("UID:m1@village");
    expect(lines).toContain("DTSTART;TZID=America/Chicago:20260106T183000");
    expect(lines).toContain("DTEND;TZID=America/Chicago:20260106T200000");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270101T055900Z");
    expect(lines).toContain("EXDATE;TZID=America/Chicago:20260317T183000");
    expect(lines).toContain("TZID:America/Chicago");
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("SUMMARY:Tuesday Circle");
    expect(ics).toContain("Tea\\, talk\\; and babies\\, too.");
  });

  it("describes the same dates as the schedule module", () => {
    const rruleLine = lines.find((l) => l.startsWith("RRULE:FREQ=WEEKLY"))!;
    // Re-expand the feed's own rule in floating time and compare local dates.
    const parsed = RRule.fromString(`DTSTART:20260106T183000Z\n${rruleLine}`);
    const fromFeed = parsed.between(new Date("2026-02-01T00:00:00Z"), new Date("2026-05-01T00:00:00Z")).map((d) => d.toISOString().slice(0, 10));
    const expected = listOccurrences({ ...rule, cancellations: [] }, { from: new Date("2026-02-01T06:00:00Z"), until: new Date("2026-05-01T05:00:00Z") }).map((o) => o.localDate);
    expect(fromFeed).toEqual(expected);
    expect(fromFeed).toContain("2026-03-17");
  });
});

describe("single events", () => {
  it("writes one event with no rule", () => {
    const ics = buildSingleEventCalendar({ group, occurrence: { start: new Date("2026-03-04T00:30:00Z"), end: new Date("2026-03-04T02:00:00Z") }, timeZone: "America/Chicago" });
    expect(ics).toContain("DTSTART;TZID=America/Chicago:20260303T183000");
    expect(ics).not.toMatch(/RRULE:FREQ=(WEEKLY|MONTHLY)/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("links to Google Calendar with UTC times", () => {
    const url = new URL(googleCalendarLink({ title: "Circle", details: "x", location: null, start: new Date("2026-03-04T00:30:00Z"), end: new Date("2026-03-04T02:00:00Z") }));
    expect(url.hostname).toBe("calendar.google.com");
    expect(url.searchParams.get("dates")).toBe("20260304T003000Z/20260304T020000Z");
    expect(url.searchParams.get("location")).toBe("Online");
  });
});
