import { describe, expect, it } from "vitest";
import { listOccurrences, nextOccurrence } from "./occurrences";
import type { MeetingRule } from "./types";

const rule = (overrides: Partial<MeetingRule>): MeetingRule => ({
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 19 * 60,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-01",
  endDate: null,
  cancellations: [],
  ...overrides,
});

const between = (r: MeetingRule, from: string, until: string, includeCancelled = false) =>
  listOccurrences(r, { from: new Date(from), until: new Date(until), includeCancelled });
const starts = (r: MeetingRule, from: string, until: string) => between(r, from, until).map((o) => o.start.toISOString());
const dates = (r: MeetingRule, from: string, until: string) => between(r, from, until).map((o) => o.localDate);

describe("weekly and fortnightly", () => {
  it("repeats on the weekday at the local time", () => {
    // 7 pm CST is 01:00 UTC the next day.
    // Tuesdays 1 and 8 December; the 15th starts after the window ends.
    expect(starts(rule({}), "2026-12-01T00:00:00Z", "2026-12-16T00:00:00Z")).toEqual(["2026-12-02T01:00:00.000Z", "2026-12-09T01:00:00.000Z"]);
  });

  it("counts every other week from the first date, not from any week", () => {
    // First date Wednesday 7 Jan 2026: then 21 Jan, 4 Feb... never 14 or 28 Jan.
    const r = rule({ frequency: "FORTNIGHTLY", weekday: "WE", startDate: "2026-01-07" });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-02-10T00:00:00Z")).toEqual(["2026-01-07", "2026-01-21", "2026-02-04"]);
  });

  it("has nothing before a future first date", () => {
    const r = rule({ startDate: "2027-03-02" });
    expect(dates(r, "2027-01-01T00:00:00Z", "2027-03-11T00:00:00Z")).toEqual(["2027-03-02", "2027-03-09"]);
  });

  it("stops after the end date, which is inclusive", () => {
    const r = rule({ endDate: "2026-12-15" });
    expect(dates(r, "2026-12-01T00:00:00Z", "2027-01-31T00:00:00Z")).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
  });
});

describe("monthly", () => {
  it.each([
    [1, ["2026-01-01", "2026-02-05", "2026-03-05"]],
    [2, ["2026-01-08", "2026-02-12", "2026-03-12"]],
    [3, ["2026-01-15", "2026-02-19", "2026-03-19"]],
    [4, ["2026-01-22", "2026-02-26", "2026-03-26"]],
  ])("the %i. Thursday", (nth, expected) => {
    const r = rule({ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: nth });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-03-31T00:00:00Z")).toEqual(expected);
  });

  it("the last Friday, in months with four and five Fridays", () => {
    // January 2026 has five Fridays (the 30th is last); February has four (the 27th).
    const r = rule({ frequency: "MONTHLY_LAST", weekday: "FR" });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual(["2026-01-30", "2026-02-27", "2026-03-27"]);
  });

  it("the last Tuesday of February in a leap year is the 29th", () => {
    const r = rule({ frequency: "MONTHLY_LAST", weekday: "TU", startDate: "2028-01-01" });
    expect(dates(r, "2028-02-01T00:00:00Z", "2028-03-05T00:00:00Z")).toEqual(["2028-02-29"]);
  });
});

describe("daylight saving", () => {
  it("keeps 7 pm local across the US spring change (UTC moves an hour)", () => {
    // DST starts Sunday 8 March 2026 in America/New_York: 7 pm is 00:00Z before, 23:00Z after.
    const r = rule({ weekday: "TH", timeZone: "America/New_York" });
    expect(starts(r, "2026-03-01T00:00:00Z", "2026-03-14T00:00:00Z")).toEqual(["2026-03-06T00:00:00.000Z", "2026-03-12T23:00:00.000Z"]);
  });

  it("keeps 10 am local across the UK autumn change", () => {
    // BST ends Sunday 25 October 2026: 10 am is 09:00Z before and 10:00Z after.
    const r = rule({ weekday: "SA", startMinutes: 600, timeZone: "Europe/London" });
    expect(starts(r, "2026-10-20T00:00:00Z", "2026-11-01T00:00:00Z")).toEqual(["2026-10-24T09:00:00.000Z", "2026-10-31T10:00:00.000Z"]);
  });

  it("keeps 10 am local across Sydney's October change (southern hemisphere)", () => {
    // AEDT starts Sunday 4 October 2026: 10 am is 00:00Z (UTC+10) before, 23:00Z the day before (UTC+11) after.
    const r = rule({ weekday: "SA", startMinutes: 600, timeZone: "Australia/Sydney" });
    expect(starts(r, "2026-09-30T00:00:00Z", "2026-10-11T00:00:00Z")).toEqual(["2026-10-03T00:00:00.000Z", "2026-10-09T23:00:00.000Z"]);
  });

  it("moves a time skipped by the spring change to the first valid minute after the gap", () => {
    // 02:30 does not exist on 8 March 2026 in New York; it becomes 03:30 EDT (07:30Z).
    const r = rule({ weekday: "SU", startMinutes: 150, timeZone: "America/New_York" });
    expect(starts(r, "2026-03-07T00:00:00Z", "2026-03-16T00:00:00Z")).toEqual(["2026-03-08T07:30:00.000Z", "2026-03-15T06:30:00.000Z"]);
  });
});

describe("cancellations and what comes next", () => {
  const r = rule({ cancellations: ["2026-12-08"] });

  it("drops cancelled dates, or marks them when asked", () => {
    expect(dates(r, "2026-12-01T00:00:00Z", "2026-12-17T00:00:00Z")).toEqual(["2026-12-01", "2026-12-15"]);
    const all = between(r, "2026-12-01T00:00:00Z", "2026-12-17T00:00:00Z", true);
    expect(all.map((o) => [o.localDate, o.cancelled])).toEqual([
      ["2026-12-01", false],
      ["2026-12-08", true],
      ["2026-12-15", false],
    ]);
  });

  it("nextOccurrence skips a cancellation and picks the earliest of several meetings", () => {
    const monthly = rule({ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 2, startMinutes: 600 });
    // From Mon 7 Dec 2026: Tue 8 Dec is cancelled, the 2nd Thursday is 10 Dec 10 am CST (16:00Z).
    const next = nextOccurrence([r, monthly], new Date("2026-12-07T12:00:00Z"));
    expect(next?.ruleIndex).toBe(1);
    expect(next?.start.toISOString()).toBe("2026-12-10T16:00:00.000Z");
  });

  it("still shows a meeting that is in progress", () => {
    // The 1 Dec meeting runs 01:00Z-02:30Z on 2 Dec.
    const next = nextOccurrence([r], new Date("2026-12-02T02:00:00Z"));
    expect(next?.localDate).toBe("2026-12-01");
  });

  it("is null when every date has passed", () => {
    expect(nextOccurrence([rule({ endDate: "2026-02-01" })], new Date("2026-06-01T00:00:00Z"))).toBeNull();
  });
});
