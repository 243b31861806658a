import { describe, expect, it } from "vitest";
import { listOccurrences, nextOccurrence } from "./occurrences";
import type { MeetingRule } from "./types";
import { toWallClock } from "./wall-clock";

// Calendar facts used below (2026 unless noted): 1 Jan is a Thursday. US clocks go forward
// on Sun 8 Mar and back on Sun 1 Nov; UK ones on Sun 29 Mar and Sun 25 Oct; Sydney's go
// back on Sun 5 Apr and forward on Sun 4 Oct.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
/** "HH:MM" on the meeting's own wall clock. */
const localTime = (instant: Date, timeZone: string) => toWallClock(instant, timeZone).toISOString().slice(11, 16);

describe("weekly", () => {
  it("repeats on the weekday at the local time, as UTC instants", () => {
    // Tuesdays 1 and 8 Dec 2026; 7 pm CST (UTC-6) is 01:00Z the next day. The 15th starts after the window.
    const occurrences = between(rule({}), "2026-12-01T00:00:00Z", "2026-12-16T00:00:00Z");
    expect(occurrences.map((o) => o.localDate)).toEqual(["2026-12-01", "2026-12-08"]);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(["2026-12-02T01:00:00.000Z", "2026-12-09T01:00:00.000Z"]);
    expect(occurrences.map((o) => o.end.toISOString())).toEqual(["2026-12-02T02:30:00.000Z", "2026-12-09T02:30:00.000Z"]);
    expect(occurrences.every((o) => !o.cancelled)).toBe(true);
  });

  it("starts at the first matching weekday on or after a start date that is another day", () => {
    // 1 Jan 2026 is a Thursday: the first Tuesday meeting is the 6th.
    expect(dates(rule({}), "2025-12-01T00:00:00Z", "2026-01-15T00:00:00Z")).toEqual(["2026-01-06", "2026-01-13"]);
  });

  it("has nothing before a start date in the future", () => {
    const r = rule({ startDate: "2027-03-02" });
    expect(dates(r, "2026-06-01T00:00:00Z", "2027-03-02T00:00:00Z")).toEqual([]);
    expect(dates(r, "2026-06-01T00:00:00Z", "2027-03-11T00:00:00Z")).toEqual(["2027-03-02", "2027-03-09"]);
  });

  it("honours a limit", () => {
    expect(listOccurrences(rule({}), { from: new Date("2026-12-01T00:00:00Z"), until: new Date("2027-12-01T00:00:00Z"), limit: 3 }).map((o) => o.localDate)).toEqual([
      "2026-12-01",
      "2026-12-08",
      "2026-12-15",
    ]);
  });

  it("returns nothing for an empty or reversed window", () => {
    expect(between(rule({}), "2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z")).toEqual([]);
  });
});

describe("end date", () => {
  it("is inclusive, judged by the local date (the 15 Dec meeting is 16 Dec in UTC)", () => {
    expect(dates(rule({ endDate: "2026-12-15" }), "2026-12-01T00:00:00Z", "2027-01-31T00:00:00Z")).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
  });

  it("drops the meeting on the day after it", () => {
    expect(dates(rule({ endDate: "2026-12-14" }), "2026-12-01T00:00:00Z", "2027-01-31T00:00:00Z")).toEqual(["2026-12-01", "2026-12-08"]);
  });

  it("gives nothing when it comes before the first meeting", () => {
    // Starts Thursday 1 Jan, ends Monday 5 Jan: no Tuesday in between.
    expect(dates(rule({ endDate: "2026-01-05" }), "2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z")).toEqual([]);
  });
});

describe("fortnightly", () => {
  it("counts every other week from the first meeting, not from any week", () => {
    // Start date Thursday 1 Jan; the first Wednesday is the 7th, then the 21st, 4 Feb... never 14 or 28 Jan.
    const r = rule({ frequency: "FORTNIGHTLY", weekday: "WE", startDate: "2026-01-01" });
    expect(dates(r, "2025-12-01T00:00:00Z", "2026-02-10T00:00:00Z")).toEqual(["2026-01-07", "2026-01-21", "2026-02-04"]);
  });

  it("keeps the same weeks far from the start date, through a DST change", () => {
    const r = rule({ frequency: "FORTNIGHTLY", weekday: "WE", startDate: "2026-01-07" });
    const found = dates(r, "2027-02-01T00:00:00Z", "2027-05-01T00:00:00Z");
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const date of found) {
      const daysSinceFirst = (Date.parse(`${date}T00:00:00Z`) - Date.parse("2026-01-07T00:00:00Z")) / DAY;
      expect(daysSinceFirst % 14).toBe(0);
    }
  });

  it("a start date one week later gives the other weeks", () => {
    const a = dates(rule({ frequency: "FORTNIGHTLY", weekday: "WE", startDate: "2026-01-07" }), "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    const b = dates(rule({ frequency: "FORTNIGHTLY", weekday: "WE", startDate: "2026-01-14" }), "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    // Wednesdays in March 2026: 4, 11, 18, 25. 7 Jan + 8 weeks = 4 Mar.
    expect(a).toEqual(["2026-03-04", "2026-03-18"]);
    expect(b).toEqual(["2026-03-11", "2026-03-25"]);
  });
});

describe("monthly", () => {
  it.each([
    // Thursdays of 2026: Jan 1, 8, 15, 22, 29; Feb 5, 12, 19, 26; Mar 5, 12, 19, 26.
    [1, ["2026-01-01", "2026-02-05", "2026-03-05"]],
    [2, ["2026-01-08", "2026-02-12", "2026-03-12"]],
    [3, ["2026-01-15", "2026-02-19", "2026-03-19"]],
    [4, ["2026-01-22", "2026-02-26", "2026-03-26"]],
  ])("the Thursday number %i of each month", (nth, expected) => {
    const r = rule({ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: nth });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-03-31T00:00:00Z")).toEqual(expected);
  });

  it("the second Tuesday, from a start date after this month's", () => {
    // Second Tuesdays: 10 Feb, 10 Mar, 14 Apr 2026. Starting 11 Feb skips February.
    const r = rule({ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 2, startDate: "2026-02-11" });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-04-30T00:00:00Z")).toEqual(["2026-03-10", "2026-04-14"]);
  });

  it("the last Friday, in months with five and with four Fridays", () => {
    // January 2026 has five Fridays (2...30); February and March four (last the 27th).
    const r = rule({ frequency: "MONTHLY_LAST", weekday: "FR" });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual(["2026-01-30", "2026-02-27", "2026-03-27"]);
  });

  it("the last Saturday can be the 31st", () => {
    // 31 Jan 2026 is a Saturday; 28 Feb 2026 too.
    const r = rule({ frequency: "MONTHLY_LAST", weekday: "SA", startMinutes: 600 });
    expect(dates(r, "2026-01-01T00:00:00Z", "2026-03-15T00:00:00Z")).toEqual(["2026-01-31", "2026-02-28"]);
  });

  it("the last Tuesday of February 2028 (a leap year) is the 29th; of February 2027, the 23rd", () => {
    const r = rule({ frequency: "MONTHLY_LAST", weekday: "TU", startDate: "2027-01-01" });
    expect(dates(r, "2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z")).toEqual(["2027-02-23"]);
    expect(dates(r, "2028-02-01T00:00:00Z", "2028-03-05T00:00:00Z")).toEqual(["2028-02-29"]);
  });

  it("the fourth Tuesday of February 2028 is the 22nd, not the 29th", () => {
    const r = rule({ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 4, startDate: "2028-01-01" });
    expect(dates(r, "2028-02-01T00:00:00Z", "2028-03-05T00:00:00Z")).toEqual(["2028-02-22"]);
  });

  it("refuses a fifth week (MONTHLY_LAST covers it) and a missing one", () => {
    expect(() => between(rule({ frequency: "MONTHLY_NTH", nthWeek: 5 }), "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")).toThrow(RangeError);
    expect(() => between(rule({ frequency: "MONTHLY_NTH", nthWeek: null }), "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")).toThrow(RangeError);
  });
});

describe("daylight saving: the local time stays, the UTC instant moves by an hour", () => {
  it.each([
    // zone, weekday, local start, window, expected UTC starts (worked out from the offsets)
    ["America/New_York", "spring", "2026-03-01T00:00:00Z", "2026-03-09T00:00:00Z", ["2026-03-01T15:00:00.000Z", "2026-03-08T14:00:00.000Z"]], // 10 am EST (-5), then EDT (-4)
    ["America/New_York", "autumn", "2026-10-25T00:00:00Z", "2026-11-02T00:00:00Z", ["2026-10-25T14:00:00.000Z", "2026-11-01T15:00:00.000Z"]], // 10 am EDT, then EST
    ["Europe/London", "spring", "2026-03-22T00:00:00Z", "2026-03-30T00:00:00Z", ["2026-03-22T10:00:00.000Z", "2026-03-29T09:00:00.000Z"]], // GMT, then BST (+1)
    ["Europe/London", "autumn", "2026-10-18T00:00:00Z", "2026-10-26T00:00:00Z", ["2026-10-18T09:00:00.000Z", "2026-10-25T10:00:00.000Z"]], // BST, then GMT
    ["Australia/Sydney", "autumn (April)", "2026-03-28T00:00:00Z", "2026-04-06T00:00:00Z", ["2026-03-28T23:00:00.000Z", "2026-04-05T00:00:00.000Z"]], // AEDT (+11), then AEST (+10)
    ["Australia/Sydney", "spring (October)", "2026-09-26T00:00:00Z", "2026-10-04T00:00:00Z", ["2026-09-27T00:00:00.000Z", "2026-10-03T23:00:00.000Z"]], // AEST, then AEDT
  ])("%s, %s change: Sunday 10 am on the day of the change and the week before", (timeZone, _season, from, until, expected) => {
    const r = rule({ weekday: "SU", startMinutes: 600, timeZone });
    const occurrences = between(r, from, until);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(expected);
    expect(occurrences.map((o) => localTime(o.start, timeZone))).toEqual(["10:00", "10:00"]);
    const [a, b] = occurrences;
    expect(Math.abs(b!.start.getTime() - a!.start.getTime() - 7 * DAY)).toBe(HOUR);
  });

  it("keeps 7 pm in Chicago either side of the spring change", () => {
    // Tue 3 Mar 7 pm CST = 01:00Z on the 4th; Tue 10 Mar 7 pm CDT (-5) = 00:00Z on the 11th.
    expect(starts(rule({}), "2026-03-03T00:00:00Z", "2026-03-12T00:00:00Z")).toEqual(["2026-03-04T01:00:00.000Z", "2026-03-11T00:00:00.000Z"]);
  });

  it("moves 02:30, skipped on the spring-forward day, to 03:30 daylight time for the same length", () => {
    // New York, Sundays at 02:30. 1 Mar: 02:30 EST = 07:30Z. 8 Mar: the clocks jump 02:00 -> 03:00,
    // so 02:30 is read with the offset before the gap (-5, as RFC 5545 does): 07:30Z = 03:30 EDT.
    // 15 Mar: 02:30 EDT = 06:30Z.
    const r = rule({ weekday: "SU", startMinutes: 150, timeZone: "America/New_York" });
    const occurrences = between(r, "2026-03-01T00:00:00Z", "2026-03-16T00:00:00Z");
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(["2026-03-01T07:30:00.000Z", "2026-03-08T07:30:00.000Z", "2026-03-15T06:30:00.000Z"]);
    expect(occurrences.map((o) => localTime(o.start, "America/New_York"))).toEqual(["02:30", "03:30", "02:30"]);
    expect(occurrences[1]!.localDate).toBe("2026-03-08");
    expect(occurrences[1]!.end.getTime() - occurrences[1]!.start.getTime()).toBe(90 * 60_000);
  });

  it("does the same in London and Sydney", () => {
    // London 29 Mar: 01:00 GMT -> 02:00 BST; 01:30 becomes 01:30Z = 02:30 BST.
    const london = rule({ weekday: "SU", startMinutes: 90, timeZone: "Europe/London" });
    expect(starts(london, "2026-03-29T00:00:00Z", "2026-03-30T00:00:00Z")).toEqual(["2026-03-29T01:30:00.000Z"]);
    // Sydney 4 Oct: 02:00 AEST -> 03:00 AEDT; 02:30 becomes 02:30 AEST = 16:30Z on the 3rd = 03:30 AEDT.
    const sydney = rule({ weekday: "SU", startMinutes: 150, timeZone: "Australia/Sydney" });
    expect(starts(sydney, "2026-10-03T00:00:00Z", "2026-10-04T12:00:00Z")).toEqual(["2026-10-03T16:30:00.000Z"]);
  });

  it("takes the first of the two 01:30s on the fall-back day", () => {
    // New York 1 Nov: 01:30 EDT (05:30Z) comes first, 01:30 EST (06:30Z) an hour later.
    const r = rule({ weekday: "SU", startMinutes: 90, timeZone: "America/New_York" });
    expect(starts(r, "2026-10-31T00:00:00Z", "2026-11-09T00:00:00Z")).toEqual(["2026-11-01T05:30:00.000Z", "2026-11-08T06:30:00.000Z"]);
  });

  it("gives the same instants whatever the server's own time zone", () => {
    const r = rule({ weekday: "SU", startMinutes: 90, timeZone: "America/New_York" });
    const original = process.env.TZ;
    try {
      const results = ["UTC", "Asia/Tokyo", "America/New_York", "Australia/Lord_Howe"].map((tz) => {
        process.env.TZ = tz;
        return starts(r, "2026-02-25T00:00:00Z", "2026-11-09T00:00:00Z");
      });
      expect(new Set(results.map((x) => x.join())).size).toBe(1);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe("cancellations", () => {
  const r = rule({ cancellations: ["2026-12-08"] });

  it("are left out", () => {
    expect(dates(r, "2026-12-01T00:00:00Z", "2026-12-17T00:00:00Z")).toEqual(["2026-12-01", "2026-12-15"]);
  });

  it("are kept and marked when asked for", () => {
    const all = between(r, "2026-12-01T00:00:00Z", "2026-12-17T00:00:00Z", true);
    expect(all.map((o) => [o.localDate, o.cancelled])).toEqual([
      ["2026-12-01", false],
      ["2026-12-08", true],
      ["2026-12-15", false],
    ]);
  });

  it("match the local date, not the UTC one (the 8 Dec meeting is on the 9th in UTC)", () => {
    expect(dates(rule({ cancellations: ["2026-12-09"] }), "2026-12-01T00:00:00Z", "2026-12-17T00:00:00Z")).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
  });
});

describe("a meeting in progress", () => {
  // Tue 1 Dec, 7-8:30 pm CST = 01:00Z-02:30Z on 2 Dec.
  it("is included while it runs", () => {
    expect(dates(rule({}), "2026-12-02T02:00:00Z", "2026-12-10T00:00:00Z")).toEqual(["2026-12-01", "2026-12-08"]);
  });

  it("is gone the moment it ends", () => {
    expect(dates(rule({}), "2026-12-02T02:30:00Z", "2026-12-10T00:00:00Z")).toEqual(["2026-12-08"]);
  });

  it("is not included when the window ends as it starts", () => {
    expect(dates(rule({}), "2026-11-30T00:00:00Z", "2026-12-02T01:00:00Z")).toEqual([]);
  });
});

describe("nextOccurrence", () => {
  const weeklyTuesday = rule({ cancellations: ["2026-12-08"] });
  // 2nd Thursday, 10 am Chicago: 10 Dec 2026, 16:00Z.
  const monthlyThursday = rule({ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 2, startMinutes: 600 });
  // Every Friday 9 am in London: Fri 11 Dec 2026, 09:00Z.
  const londonFriday = rule({ weekday: "FR", startMinutes: 540, timeZone: "Europe/London" });

  it("picks the earliest across several meetings, skipping a cancellation", () => {
    // From Mon 7 Dec: Tue 8 Dec is cancelled; Thu 10 Dec 16:00Z beats Fri 11 Dec and Tue 15 Dec.
    const next = nextOccurrence([weeklyTuesday, londonFriday, monthlyThursday], new Date("2026-12-07T12:00:00Z"));
    expect(next?.ruleIndex).toBe(2);
    expect(next?.start.toISOString()).toBe("2026-12-10T16:00:00.000Z");
    expect(next?.cancelled).toBe(false);
  });

  it("compares instants, not local times, across zones", () => {
    // From Fri 11 Dec 08:00Z: London's 9 am (09:00Z) comes before Chicago's Tue 15 Dec.
    const next = nextOccurrence([weeklyTuesday, londonFriday], new Date("2026-12-11T08:00:00Z"));
    expect(next?.ruleIndex).toBe(1);
    expect(next?.localDate).toBe("2026-12-11");
  });

  it("returns a meeting in progress", () => {
    const next = nextOccurrence([weeklyTuesday], new Date("2026-12-02T02:00:00Z"));
    expect(next?.localDate).toBe("2026-12-01");
  });

  it("prefers the first listed when two start together", () => {
    const next = nextOccurrence([londonFriday, { ...londonFriday }], new Date("2026-12-10T00:00:00Z"));
    expect(next?.ruleIndex).toBe(0);
  });

  it("finds a meeting whose start date is far in the future", () => {
    const next = nextOccurrence([rule({ startDate: "2028-06-01" })], new Date("2026-12-01T00:00:00Z"));
    // 1 Jun 2028 is a Thursday; the first Tuesday is the 6th.
    expect(next?.localDate).toBe("2028-06-06");
  });

  it("is null when every date has passed, or there are no meetings", () => {
    expect(nextOccurrence([rule({ endDate: "2026-02-01" })], new Date("2026-06-01T00:00:00Z"))).toBeNull();
    expect(nextOccurrence([], new Date("2026-06-01T00:00:00Z"))).toBeNull();
  });
});
