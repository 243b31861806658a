import { describe, expect, it } from "vitest";
import { createRowBuilder, toMeetingGuideRows } from "./feed";
import type { FeedGroupRecord, FeedMeetingRecord } from "./feed-query";

// 16:00 UTC on Tuesday 1 December 2026: 10:00 in Chicago.
const now = new Date("2026-12-01T16:00:00Z");
const context = { origin: "https://village.example", now };

type Meeting = FeedMeetingRecord;

/** "2026-01-06" as the feed's query gives it: days since 1970-01-01. */
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: "cmeetingtuesday0000000001",
  label: null,
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 600,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDay: day("2026-01-06"),
  endDay: null,
  cancellations: [],
  ...overrides,
});

const group = (overrides: Partial<FeedGroupRecord> = {}): FeedGroupRecord => ({
  id: "cgroup",
  slug: "south-austin-new-parents",
  name: "South Austin New Parents",
  summary: "A friendly weekly drop-in for new parents.",
  format: "IN_PERSON",
  audiences: ["ALL_NEW_PARENTS"],
  isFree: true,
  costNote: null,
  registrationRequired: false,
  registrationUrl: null,
  babiesWelcome: true,
  childcareProvided: false,
  wheelchairAccessible: true,
  accessibilityNotes: null,
  parkingAndTransit: null,
  onlineJoinUrl: null,
  showJoinLink: false,
  joinInstructions: null,
  updated: "2026-11-20 09:30:15",
  languages: ["en"],
  location: {
    venueName: "Willowbend Community Center",
    addressLine1: "1208 Willowbend Avenue",
    addressLine2: "Room 4, upstairs",
    locality: "Austin",
    region: "TX",
    postalCode: "78704",
    countryCode: "US",
    lat: 30.244912345,
    lng: -97.766812345,
  },
  meetings: [meeting()],
  ...overrides,
});

describe("toMeetingGuideRows", () => {
  it("writes a weekly in-person meeting in the format's fields", () => {
    const [row, ...rest] = toMeetingGuideRows(group(), context);
    expect(rest).toEqual([]);
    expect(row).toEqual({
      name: "South Austin New Parents",
      slug: "south-austin-new-parents-cmeetingtuesday0000000001",
      day: 2,
      time: "10:00",
      end_time: "11:30",
      timezone: "America/Chicago",
      notes: "A friendly weekly drop-in for new parents.",
      types: ["CF", "EN", "VLG-FREE", "VLG-NEW-PARENTS", "X"],
      updated: "2026-11-20 09:30:15",
      url: "https://village.example/groups/south-austin-new-parents",
      feedback_url: "https://village.example/groups/south-austin-new-parents",
      group: "South Austin New Parents",
      location: "Willowbend Community Center",
      location_notes: "Room 4, upstairs",
      address: "1208 Willowbend Avenue",
      city: "Austin",
      state: "TX",
      postal_code: "78704",
      country: "US",
      latitude: 30.24491,
      longitude: -97.76681,
      approximate: "no",
      regions: ["United States", "TX", "Austin"],
      conference_url: undefined,
      conference_url_notes: undefined,
      attendance_option: "in_person",
      entity: "Village",
      entity_url: "https://village.example",
    });
  });

  it("keeps slugs within 64 characters, unique per meeting and the same whatever else changes", () => {
    const long = group({ slug: "a-very-long-group-name-that-goes-on-and-on-past-any-sensible-length-austin" });
    const rows = toMeetingGuideRows({ ...long, meetings: [meeting(), meeting({ id: "cmeetingthursday000000002", weekday: "TH" })] }, context);
    expect(rows.map((r) => r.slug)).toEqual(["a-very-long-group-name-that-goes-on-an-cmeetingtuesday0000000001", "a-very-long-group-name-that-goes-on-an-cmeetingthursday000000002"]);
    for (const row of rows) expect(row.slug.length).toBeLessThanOrEqual(64);
    const moved = toMeetingGuideRows({ ...long, meetings: [meeting({ weekday: "FR", startMinutes: 900 })] }, context);
    expect(moved[0]?.slug).toBe(rows[0]?.slug);
  });

  it("names a meeting by its label after the group", () => {
    expect(toMeetingGuideRows(group({ meetings: [meeting({ label: "Evening circle" })] }), context)[0]?.name).toBe("South Austin New Parents (Evening circle)");
  });

  it("leaves fortnightly and monthly meetings out, and names them in the weekly rows' notes", () => {
    const meetings = [
      meeting(),
      meeting({ id: "m2", frequency: "FORTNIGHTLY", weekday: "WE", startMinutes: 1110 }),
      meeting({ id: "m3", frequency: "MONTHLY_NTH", nthWeek: 1, weekday: "SA", startMinutes: 600, durationMinutes: 60 }),
    ];
    const rows = toMeetingGuideRows(group({ meetings }), context);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.notes).toContain("Also meets: every other Wednesday, 6:30 pm – 8:00 pm; first Saturday of the month, 10:00 am – 11:00 am.");
    expect(toMeetingGuideRows(group({ meetings: meetings.slice(1) }), context)).toEqual([]);
  });

  it("lists a weekly meeting from a week before its first date until its last", () => {
    const rows = (m: Partial<Meeting>) => toMeetingGuideRows(group({ meetings: [meeting(m)] }), context);
    // First Tuesday on or after 3 December is 8 December: within the week.
    expect(rows({ startDay: day("2026-12-03") })[0]?.notes).toContain("First meeting: Tue 8 Dec 2026.");
    // 15 December is two weeks away: not yet, and said in the notes of a weekly meeting that is.
    expect(rows({ startDay: day("2026-12-15") })).toEqual([]);
    const soon = toMeetingGuideRows(group({ meetings: [meeting(), meeting({ id: "m2", weekday: "TH", startDay: day("2026-12-15") })] }), context);
    expect(soon.map((r) => r.day)).toEqual([2]);
    expect(soon[0]?.notes).toContain("Also meets: every Thursday from Thu 17 Dec 2026, 10:00 am – 11:30 am.");
    // Ends today (in Chicago): still listed, with its last date. Ended yesterday: gone.
    expect(rows({ endDay: day("2026-12-01") })[0]?.notes).toContain("Last meeting: Tue 1 Dec 2026.");
    expect(rows({ endDay: day("2026-11-30") })).toEqual([]);
  });

  it("decides today on each meeting's own calendar", () => {
    // 05:00 UTC on 1 December: still 30 November in Los Angeles, already 1 December in Sydney.
    const early = { ...context, now: new Date("2026-12-01T05:00:00Z") };
    const ending = (timeZone: string) => toMeetingGuideRows(group({ meetings: [meeting({ timeZone, endDay: day("2026-11-30") })] }), early);
    expect(ending("America/Los_Angeles")).toHaveLength(1);
    expect(ending("Australia/Sydney")).toEqual([]);
  });

  it("gives cancelled dates of the next four weeks in the notes, with their reasons", () => {
    const cancellations = [
      { day: day("2026-11-24"), reason: "Past" },
      { day: day("2026-12-22"), reason: "Holiday closure" },
      { day: day("2026-12-29"), reason: null },
      { day: day("2027-02-02"), reason: "Too far ahead" },
    ];
    const [row] = toMeetingGuideRows(group({ meetings: [meeting({ cancellations })] }), context);
    expect(row?.notes).toContain("No meeting on Tue 22 Dec 2026 (Holiday closure), Tue 29 Dec 2026.");
    expect(row?.notes).not.toMatch(/Past|Too far/);
  });

  it("gives an online meeting's link only when the organiser made it public", () => {
    const online = { format: "ONLINE" as const, location: null, onlineJoinUrl: "https://zoom.us/j/123", joinInstructions: "Password 4321" };
    const [shown] = toMeetingGuideRows(group({ ...online, showJoinLink: true }), context);
    expect(shown).toMatchObject({ conference_url: "https://zoom.us/j/123", conference_url_notes: "Password 4321", attendance_option: "online", approximate: "yes", regions: ["Online"] });
    expect(shown).not.toHaveProperty("address", expect.anything());
    const [hidden] = toMeetingGuideRows(group({ ...online, showJoinLink: false }), context);
    expect(JSON.stringify(hidden)).not.toContain("zoom.us");
    expect(hidden?.notes).toContain("Online: Password 4321");
    const [noInstructions] = toMeetingGuideRows(group({ ...online, joinInstructions: null }), context);
    expect(noInstructions?.notes).toContain("Online: The organiser shares the link when you register.");
    // X and BA are about a room.
    expect(toMeetingGuideRows(group({ ...online, childcareProvided: true }), context)[0]?.types).not.toEqual(expect.arrayContaining(["X"]));
  });

  it("gives a hybrid meeting both an address and its public link", () => {
    const [row] = toMeetingGuideRows(group({ format: "HYBRID", onlineJoinUrl: "https://meet.google.com/abc", showJoinLink: true }), context);
    expect(row).toMatchObject({ address: "1208 Willowbend Avenue", approximate: "no", conference_url: "https://meet.google.com/abc", attendance_option: "hybrid" });
    const [hidden] = toMeetingGuideRows(group({ format: "HYBRID", onlineJoinUrl: "https://meet.google.com/abc", showJoinLink: false }), context);
    expect(hidden?.conference_url).toBeUndefined();
    expect(hidden?.notes).toContain("You can also join online");
  });

  it("never links an in-person group's stored join link", () => {
    const [row] = toMeetingGuideRows(group({ onlineJoinUrl: "https://zoom.us/j/999", showJoinLink: true }), context);
    expect(row?.conference_url).toBeUndefined();
  });

  it("says what it costs and whether to register", () => {
    const [paid] = toMeetingGuideRows(group({ isFree: false, costNote: "$5 a session", registrationRequired: true, registrationUrl: "https://example.org/register" }), context);
    expect(paid?.notes).toContain("Cost: $5 a session");
    expect(paid?.notes).toContain("Register before you go: https://example.org/register");
    expect(paid?.types).toEqual(expect.arrayContaining(["VLG-REGISTER"]));
    expect(paid?.types).not.toContain("VLG-FREE");
  });

  it("puts parking, access notes and the second address line in the location notes, not the address", () => {
    const [row] = toMeetingGuideRows(group({ accessibilityNotes: "Step-free entrance.", parkingAndTransit: "Bus 7 stops outside." }), context);
    expect(row?.location_notes).toBe("Room 4, upstairs\nStep-free entrance.\nBus 7 stops outside.");
    expect(row?.address).toBe("1208 Willowbend Avenue");
  });

  it("builds rows for many groups with one builder as it does for each alone", () => {
    const build = createRowBuilder(context);
    const groups = [group(), group({ slug: "other", meetings: [meeting({ id: "m9", timeZone: "Europe/London" })] })];
    expect(groups.flatMap(build)).toEqual(groups.flatMap((g) => toMeetingGuideRows(g, context)));
  });
});
