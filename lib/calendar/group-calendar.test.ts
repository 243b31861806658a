import { afterEach, describe, expect, it } from "vitest";
import { listOccurrences, type MeetingRule } from "@/lib/schedule";
import { RRule } from "@/lib/schedule/rrule-lib";
import { buildGroupCalendar, buildSingleEventCalendar, googleCalendarLink, type CalendarMeeting } from "./group-calendar";

// ------------------------------------------------------------------ a small iCalendar reader
// Reads the feed back the way a calendar app would: unfolds lines, expands each VEVENT's
// RRULE from its local DTSTART, removes EXDATEs, and places the local times using the
// feed's own VTIMEZONE rules (not Intl), so it checks our output independently.

type Property = { name: string; params: Record<string, string>; value: string };

const DAY = 86_400_000;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);

function parseProperty(line: string): Property {
  const colon = line.indexOf(":");
  const [name = "", ...params] = line.slice(0, colon).split(";");
  return { name, params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])), value: line.slice(colon + 1) };
}

/** The content lines of each `type` component found at the top level of `lines`. */
function readBlocks(lines: string[], type: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  let depth = 0;
  for (const line of lines) {
    if (!current) {
      if (line === `BEGIN:${type}`) current = [];
    } else if (depth === 0 && line === `END:${type}`) {
      blocks.push(current);
      current = null;
    } else {
      if (line.startsWith("BEGIN:")) depth++;
      if (line.startsWith("END:")) depth--;
      current.push(line);
    }
  }
  return blocks;
}

/** A component's own properties, without those of its sub-components. */
function readProperties(block: string[]): Property[] {
  const props: Property[] = [];
  let depth = 0;
  for (const line of block) {
    if (line.startsWith("BEGIN:")) depth++;
    else if (line.startsWith("END:")) depth--;
    else if (depth === 0) props.push(parseProperty(line));
  }
  return props;
}

const readComponents = (ics: string, type: string) => readBlocks(unfold(ics), type).map(readProperties);
const get = (props: Property[], name: string) => props.find((p) => p.name === name);
const floatingOf = (stamp: string) => new Date(stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z?$/, "$1-$2-$3T$4:$5:$6Z"));
const parseOffset = (text: string) => (text.startsWith("-") ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5))) * 60_000;

type Zone = { offsetAt: (instant: Date) => number; toInstant: (wall: Date) => Date };

/** A zone as the feed's VTIMEZONE defines it. */
function readZone(ics: string, tzid: string): Zone {
  const block = readBlocks(unfold(ics), "VTIMEZONE").find((b) => get(readProperties(b), "TZID")?.value === tzid);
  if (!block) throw new Error(`no VTIMEZONE for ${tzid}`);
  const transitions: { at: number; offset: number }[] = [];
  for (const observance of [...readBlocks(block, "STANDARD"), ...readBlocks(block, "DAYLIGHT")].map(readProperties)) {
    const from = parseOffset(get(observance, "TZOFFSETFROM")!.value);
    const to = parseOffset(get(observance, "TZOFFSETTO")!.value);
    const start = get(observance, "DTSTART")!.value;
    const rrule = get(observance, "RRULE")?.value;
    const onsets = rrule ? RRule.fromString(`DTSTART:${start}Z\nRRULE:${rrule}`).between(new Date("2020-01-01Z"), new Date("2040-01-01Z")) : [floatingOf(start)];
    // An onset is written in the local time in force before it, the "from" offset.
    for (const onset of onsets) transitions.push({ at: onset.getTime() - from, offset: to });
  }
  transitions.sort((a, b) => a.at - b.at);
  const offsetAtMs = (t: number) => transitions.findLast((tr) => tr.at <= t)?.offset ?? transitions[0]!.offset;
  const offsets = [...new Set(transitions.map((t) => t.offset))];
  return {
    offsetAt: (instant) => offsetAtMs(instant.getTime()),
    toInstant: (wall) => {
      const w = wall.getTime();
      // RFC 5545: a repeated local time is the first one; a skipped one is read with the
      // offset before the gap (the smaller one).
      const valid = offsets.filter((o) => offsetAtMs(w - o) === o).map((o) => w - o);
      return new Date(valid.length ? Math.min(...valid) : w - Math.min(...offsets));
    },
  };
}

const UTC_ZONE: Zone = { offsetAt: () => 0, toInstant: (wall) => wall };

type FeedOccurrence = { uid: string; start: string; end: string };

/** Every occurrence the feed describes that has not ended by `from` and starts before `until`. */
function expandFeed(ics: string, from: Date, until: Date): FeedOccurrence[] {
  const result: FeedOccurrence[] = [];
  for (const event of readComponents(ics, "VEVENT")) {
    const uid = get(event, "UID")!.value;
    const dtstart = get(event, "DTSTART")!;
    const tzid = dtstart.params.TZID;
    const zone = tzid ? readZone(ics, tzid) : UTC_ZONE;
    const first = floatingOf(dtstart.value);
    const duration = zone.toInstant(floatingOf(get(event, "DTEND")!.value)).getTime() - zone.toInstant(first).getTime();
    const excluded = new Set(event.filter((p) => p.name === "EXDATE").flatMap((p) => p.value.split(",").map((s) => floatingOf(s).getTime())));
    const rrule = get(event, "RRULE")?.value;
    let walls = [first];
    if (rrule) {
      const options = RRule.parseString(rrule);
      // UNTIL is a UTC instant; the expansion runs on the local clock, so move it there.
      const localUntil = options.until ? new Date(options.until.getTime() + zone.offsetAt(options.until)) : null;
      walls = new RRule({ ...options, dtstart: first, until: localUntil }).between(new Date(from.getTime() - 2 * DAY), new Date(until.getTime() + 2 * DAY), true);
    }
    for (const wall of walls) {
      if (excluded.has(wall.getTime())) continue;
      const start = zone.toInstant(wall);
      const end = new Date(start.getTime() + duration);
      if (end > from && start < until) result.push({ uid, start: start.toISOString(), end: end.toISOString() });
    }
  }
  return result.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

// ------------------------------------------------------------------ fixtures

const group = {
  slug: "tuesday-circle",
  name: "Tuesday Circle",
  summary: "Tea, talk; and babies, too.",
  url: "https://village.test/groups/tuesday-circle",
  locationText: "Library, 1 Main St, Austin",
  lat: 30.26,
  lng: -97.74,
};

const rule = (overrides: Partial<MeetingRule>): MeetingRule => ({
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 600,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-01",
  endDate: null,
  cancellations: [],
  ...overrides,
});

const meetings: CalendarMeeting[] = [
  // Starts on a Sunday; the first Tuesday is 6 Jan. Fortnights: 6 Jan, 20 Jan, ... 3 Mar, 17 Mar (cancelled).
  { id: "fortnightly", label: null, rule: rule({ frequency: "FORTNIGHTLY", startMinutes: 18 * 60 + 30, startDate: "2026-01-04", endDate: "2026-12-31", cancellations: ["2026-03-17"] }) },
  // Last Friday, 7 pm London; 30 Oct (after the clocks go back on the 25th) is cancelled.
  { id: "last-friday", label: "Evenings", rule: rule({ frequency: "MONTHLY_LAST", weekday: "FR", startMinutes: 19 * 60, timeZone: "Europe/London", cancellations: ["2026-10-30"] }) },
  // First Sunday, 10 am Sydney: 5 Apr and 4 Oct are the days Sydney's clocks change.
  { id: "first-sunday", label: null, rule: rule({ frequency: "MONTHLY_NTH", weekday: "SU", nthWeek: 1, timeZone: "Australia/Sydney" }) },
  // Sundays 02:30 in New York from 8 Mar, the day 02:30 does not exist.
  { id: "night-owls", label: "Night owls", rule: rule({ weekday: "SU", startMinutes: 150, timeZone: "America/New_York", startDate: "2026-03-08" }) },
  { id: "utc-monday", label: null, rule: rule({ weekday: "MO", startMinutes: 540, timeZone: "UTC", cancellations: ["2026-03-09"] }) },
];

const now = new Date("2026-02-01T00:00:00Z");
const feed = buildGroupCalendar({ group, meetings, now });
const lines = unfold(feed);
const eventOf = (id: string) => readComponents(feed, "VEVENT").find((e) => get(e, "UID")?.value === `${id}@village`)!;
const lineOf = (id: string, name: string) => {
  const p = get(eventOf(id), name);
  return p ? `${p.name}${Object.entries(p.params).map(([k, v]) => `;${k}=${v}`).join("")}:${p.value}` : undefined;
};

// ------------------------------------------------------------------ tests

describe("buildGroupCalendar: the text", () => {
  it("is one VCALENDAR with CRLF line ends, folded to 75 octets", () => {
    expect(feed.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(feed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const physical of feed.split("\r\n")) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    expect(lines).toContain("METHOD:PUBLISH");
  });

  it("has one VTIMEZONE per zone used, under the TZID the events name, and none for UTC", () => {
    const zones = readComponents(feed, "VTIMEZONE").map((c) => get(c, "TZID")?.value);
    expect(zones.sort()).toEqual(["America/Chicago", "America/New_York", "Australia/Sydney", "Europe/London"]);
    expect(lines).toContain("BEGIN:VTIMEZONE");
    expect(lines).toContain("TZID:America/Chicago");
  });

  it("writes one VEVENT per meeting with a stable UID and a DTSTAMP of `now`", () => {
    const events = readComponents(feed, "VEVENT");
    expect(events.map((e) => get(e, "UID")?.value)).toEqual(meetings.map((m) => `${m.id}@village`));
    expect(events.every((e) => get(e, "DTSTAMP")?.value === "20260201T000000Z")).toBe(true);
  });

  it("starts each series on its first real meeting, in local time with the zone", () => {
    // The stored start date (Sunday 4 Jan) is not a meeting: DTSTART must be Tuesday 6 Jan, or apps add a Sunday.
    expect(lineOf("fortnightly", "DTSTART")).toBe("DTSTART;TZID=America/Chicago:20260106T183000");
    expect(lineOf("fortnightly", "DTEND")).toBe("DTEND;TZID=America/Chicago:20260106T200000");
    // Last Friday of January 2026 is the 30th.
    expect(lineOf("last-friday", "DTSTART")).toBe("DTSTART;TZID=Europe/London:20260130T190000");
    // The skipped 02:30 stays 02:30 in DTSTART so later weeks are 02:30 too; apps read it as 03:30 that day.
    expect(lineOf("night-owls", "DTSTART")).toBe("DTSTART;TZID=America/New_York:20260308T023000");
    expect(lineOf("utc-monday", "DTSTART")).toBe("DTSTART:20260105T090000Z");
  });

  it("carries the RRULE and the cancellations as EXDATEs at the local start time", () => {
    expect(lineOf("fortnightly", "RRULE")).toBe("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270101T055959Z");
    expect(lineOf("fortnightly", "EXDATE")).toBe("EXDATE;TZID=America/Chicago:20260317T183000");
    expect(lineOf("last-friday", "RRULE")).toBe("RRULE:FREQ=MONTHLY;BYDAY=-1FR");
    expect(lineOf("last-friday", "EXDATE")).toBe("EXDATE;TZID=Europe/London:20261030T190000");
    expect(lineOf("first-sunday", "RRULE")).toBe("RRULE:FREQ=MONTHLY;BYDAY=1SU");
    expect(lineOf("first-sunday", "EXDATE")).toBeUndefined();
    expect(lineOf("utc-monday", "EXDATE")).toBe("EXDATE:20260309T090000Z");
  });

  it("names, describes, links and places each event", () => {
    expect(lineOf("fortnightly", "SUMMARY")).toBe("SUMMARY:Tuesday Circle");
    expect(lineOf("last-friday", "SUMMARY")).toBe("SUMMARY:Tuesday Circle – Evenings");
    // TEXT values escape commas, semicolons and newlines.
    expect(lineOf("fortnightly", "DESCRIPTION")).toBe("DESCRIPTION:Tea\\, talk\\; and babies\\, too.\\n\\nhttps://village.test/groups/tuesday-circle");
    expect(lineOf("fortnightly", "URL")).toBe("URL;VALUE=URI:https://village.test/groups/tuesday-circle");
    expect(lineOf("fortnightly", "LOCATION")).toBe("LOCATION:Library\\, 1 Main St\\, Austin");
    expect(lineOf("fortnightly", "GEO")).toBe("GEO:30.26;-97.74");
  });

  it("says Online, with no GEO, for a group without a venue", () => {
    const online = buildGroupCalendar({ group: { ...group, locationText: null, lat: null, lng: null }, meetings: meetings.slice(0, 1), now });
    expect(unfold(online)).toContain("LOCATION:Online");
    expect(online).not.toContain("GEO:");
  });

  it("leaves out a meeting that has no date at all", () => {
    // Starts Thursday 1 Jan and ends Monday 5 Jan: no Tuesday in between.
    const empty = buildGroupCalendar({ group, meetings: [{ id: "never", label: null, rule: rule({ endDate: "2026-01-05" }) }], now });
    expect(empty).not.toContain("BEGIN:VEVENT");
    expect(empty).toContain("END:VCALENDAR");
  });

  describe("whatever the server's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it("writes the same text", () => {
      const texts = ["UTC", "Asia/Tokyo", "America/New_York"].map((tz) => {
        process.env.TZ = tz;
        return buildGroupCalendar({ group, meetings, now });
      });
      expect(texts[1]).toBe(texts[0]);
      expect(texts[2]).toBe(texts[0]);
    });
  });
});

describe("buildGroupCalendar: read back like a calendar app", () => {
  it("gives exactly the occurrences listOccurrences gives, through DST changes, cancellations and the end date", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    const until = new Date("2027-03-01T00:00:00Z");
    const fromFeed = expandFeed(feed, from, until);
    const ours = meetings
      .flatMap((m) => listOccurrences(m.rule, { from, until }).map((o) => ({ uid: `${m.id}@village`, start: o.start.toISOString(), end: o.end.toISOString() })))
      .sort((a, b) => a.start.localeCompare(b.start));
    expect(fromFeed).toEqual(ours);
    // Spot checks worked out by hand, so a bug shared by both sides would still show:
    const starts = (uid: string) => fromFeed.filter((o) => o.uid === `${uid}@village`).map((o) => o.start);
    // Fortnightly from 6 Jan: 3 Mar 18:30 CST = 4 Mar 00:30Z; 17 Mar is cancelled; 31 Mar 18:30 CDT = 23:30Z;
    // the last before the end date is 6 Jan + 50 weeks = 22 Dec, 18:30 CST = 23 Dec 00:30Z.
    expect(starts("fortnightly")).toContain("2026-03-04T00:30:00.000Z");
    expect(starts("fortnightly")).not.toContain("2026-03-17T23:30:00.000Z");
    expect(starts("fortnightly")).toContain("2026-03-31T23:30:00.000Z");
    expect(starts("fortnightly").at(-1)).toBe("2026-12-23T00:30:00.000Z");
    // Sydney first Sundays, 10 am: 5 Apr AEST (+10) = 00:00Z; 4 Oct AEDT (+11) = 3 Oct 23:00Z.
    expect(starts("first-sunday")).toContain("2026-04-05T00:00:00.000Z");
    expect(starts("first-sunday")).toContain("2026-10-03T23:00:00.000Z");
    // London last Fridays, 7 pm: 25 Sep BST = 18:00Z; 30 Oct cancelled; 27 Nov GMT = 19:00Z.
    expect(starts("last-friday")).toContain("2026-09-25T18:00:00.000Z");
    expect(starts("last-friday")).not.toContain("2026-10-30T19:00:00.000Z");
    expect(starts("last-friday")).toContain("2026-11-27T19:00:00.000Z");
    // New York 02:30: on 8 Mar it is 03:30 EDT (07:30Z), then 02:30 EDT (06:30Z) on the 15th.
    expect(starts("night-owls").slice(0, 2)).toEqual(["2026-03-08T07:30:00.000Z", "2026-03-15T06:30:00.000Z"]);
  });
});

describe("buildSingleEventCalendar", () => {
  // Tue 3 Mar 2026, 6:30-8 pm CST = 4 Mar 00:30Z-02:00Z.
  const occurrence = { start: new Date("2026-03-04T00:30:00Z"), end: new Date("2026-03-04T02:00:00Z") };
  const ics = buildSingleEventCalendar({ group, occurrence, timeZone: "America/Chicago", label: "Evenings", now });
  const event = readComponents(ics, "VEVENT");

  it("writes one event at local time in the zone, with no rule", () => {
    expect(event).toHaveLength(1);
    expect(unfold(ics)).toContain("DTSTART;TZID=America/Chicago:20260303T183000");
    expect(unfold(ics)).toContain("DTEND;TZID=America/Chicago:20260303T200000");
    expect(get(event[0]!, "RRULE")).toBeUndefined();
    expect(ics).not.toContain("EXDATE");
    expect(readComponents(ics, "VTIMEZONE").map((c) => get(c, "TZID")?.value)).toEqual(["America/Chicago"]);
    expect(get(event[0]!, "SUMMARY")?.value).toBe("Tuesday Circle – Evenings");
    expect(get(event[0]!, "UID")?.value).toBe("tuesday-circle-20260304T003000Z@village");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("reads back to the same instants", () => {
    expect(expandFeed(ics, new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toEqual([
      { uid: "tuesday-circle-20260304T003000Z@village", start: "2026-03-04T00:30:00.000Z", end: "2026-03-04T02:00:00.000Z" },
    ]);
  });
});

describe("googleCalendarLink", () => {
  it("builds a TEMPLATE link with UTC times and the group's details", () => {
    const link = googleCalendarLink({
      title: "Tuesday Circle & friends",
      details: "Tea, talk",
      location: null,
      start: new Date("2026-03-04T00:30:00Z"),
      end: new Date("2026-03-04T02:00:00Z"),
      url: group.url,
      timeZone: "America/Chicago",
    });
    expect(link.startsWith("https://calendar.google.com/calendar/render?")).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Tuesday Circle & friends");
    expect(url.searchParams.get("dates")).toBe("20260304T003000Z/20260304T020000Z");
    expect(url.searchParams.get("details")).toBe(`Tea, talk\n\n${group.url}`);
    expect(url.searchParams.get("location")).toBe("Online");
    expect(url.searchParams.get("ctz")).toBe("America/Chicago");
  });

  it("passes a venue through", () => {
    const url = new URL(googleCalendarLink({ title: "x", details: "y", location: group.locationText, start: new Date(0), end: new Date(3_600_000) }));
    expect(url.searchParams.get("location")).toBe("Library, 1 Main St, Austin");
    expect(url.searchParams.get("ctz")).toBeNull();
  });
});

describe("a feed at a Spanish address", () => {
  const spanishGroup = { ...group, url: "https://village.test/es/groups/tuesday-circle" };

  it("says where an online meeting is in Spanish and links to the Spanish page; the listing's own words stay", () => {
    const ics = buildGroupCalendar({ group: { ...spanishGroup, locationText: null, lat: null, lng: null }, meetings: meetings.slice(0, 2), now, locale: "es" });
    const lines = unfold(ics);
    expect(lines).toContain("LOCATION:En línea");
    expect(lines).not.toContain("LOCATION:Online");
    expect(lines).toContain("URL;VALUE=URI:https://village.test/es/groups/tuesday-circle");
    expect(lines).toContain("DESCRIPTION:Tea\\, talk\\; and babies\\, too.\\n\\nhttps://village.test/es/groups/tuesday-circle");
    expect(lines).toContain("SUMMARY:Tuesday Circle – Evenings");
    expect(lines.find((l) => l.startsWith("PRODID:"))).toMatch(/\/\/ES$/);
  });

  it("is the English feed's text everywhere else: same events, rules and zones", () => {
    const english = buildGroupCalendar({ group: spanishGroup, meetings, now });
    const spanish = buildGroupCalendar({ group: spanishGroup, meetings, now, locale: "es" });
    expect(unfold(english).find((l) => l.startsWith("PRODID:"))).toMatch(/\/\/EN$/);
    expect(spanish.replace(/\/\/ES\r\n/, "//EN\r\n")).toBe(english);
  });

  it("words the next meeting and the Google Calendar link in Spanish too", () => {
    const occurrence = { start: new Date("2026-03-04T00:30:00Z"), end: new Date("2026-03-04T02:00:00Z") };
    const single = buildSingleEventCalendar({ group: { ...spanishGroup, locationText: null }, occurrence, timeZone: "America/Chicago", now, locale: "es" });
    expect(unfold(single)).toContain("LOCATION:En línea");
    const link = new URL(googleCalendarLink({ title: "x", details: "y", location: null, start: occurrence.start, end: occurrence.end, locale: "es" }));
    expect(link.searchParams.get("location")).toBe("En línea");
  });
});
