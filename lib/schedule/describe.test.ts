import { afterEach, describe, expect, it } from "vitest";
import {
  describeRule,
  formatClock,
  formatOccurrence,
  formatOccurrenceDate,
  formatOccurrenceTime,
  formatTimeRange,
  timeOfDay,
  zoneAbbreviation,
} from "./describe";

describe("describeRule", () => {
  it.each([
    [{ frequency: "WEEKLY", weekday: "TU", nthWeek: null }, "Every Tuesday"],
    [{ frequency: "FORTNIGHTLY", weekday: "WE", nthWeek: null }, "Every other Wednesday"],
    [{ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 1 }, "First Thursday of the month"],
    [{ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 2 }, "Second Tuesday of the month"],
    [{ frequency: "MONTHLY_NTH", weekday: "MO", nthWeek: 3 }, "Third Monday of the month"],
    [{ frequency: "MONTHLY_NTH", weekday: "SU", nthWeek: 4 }, "Fourth Sunday of the month"],
    [{ frequency: "MONTHLY_LAST", weekday: "FR", nthWeek: null }, "Last Friday of the month"],
    [{ frequency: "WEEKLY", weekday: "SA", nthWeek: null }, "Every Saturday"],
  ] as const)("%o -> %s", (rule, words) => {
    expect(describeRule(rule)).toBe(words);
  });

  it("refuses a monthly rule with no usable week number", () => {
    expect(() => describeRule({ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 5 })).toThrow(RangeError);
    expect(() => describeRule({ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: null })).toThrow(RangeError);
  });
});

describe("times of day", () => {
  it("formats clock times with lower-case am/pm", () => {
    expect([formatClock(0), formatClock(5), formatClock(630), formatClock(720), formatClock(779), formatClock(1140), formatClock(1439)]).toEqual([
      "12:00 am",
      "12:05 am",
      "10:30 am",
      "12:00 pm",
      "12:59 pm",
      "7:00 pm",
      "11:59 pm",
    ]);
  });

  it("formats a meeting's time range, wrapping past midnight", () => {
    expect(formatTimeRange({ startMinutes: 600, durationMinutes: 90 })).toBe("10:00 am – 11:30 am");
    expect(formatTimeRange({ startMinutes: 11 * 60 + 30, durationMinutes: 60 })).toBe("11:30 am – 12:30 pm");
    expect(formatTimeRange({ startMinutes: 23 * 60 + 30, durationMinutes: 60 })).toBe("11:30 pm – 12:30 am");
  });

  it("buckets start times: morning before noon, afternoon to 4:59 pm, evening from 5 pm", () => {
    expect([0, 719, 720, 1019, 1020, 1439].map(timeOfDay)).toEqual(["morning", "morning", "afternoon", "afternoon", "evening", "evening"]);
  });
});

describe("formatting an occurrence in its zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives date, time and short zone name", () => {
    // 01:00Z on Wed 3 Dec 2025 is Tue 2 Dec, 7 pm in Chicago (CST, UTC-6) and 1 am in London (GMT).
    const instant = new Date("2025-12-03T01:00:00Z");
    expect(formatOccurrence(instant, "America/Chicago")).toBe("Tue 2 Dec, 7:00 pm CST");
    expect(formatOccurrence(instant, "Europe/London")).toBe("Wed 3 Dec, 1:00 am GMT");
    // 18:00Z on 1 Jul 2026 is 7 pm BST; 23:00Z on 1 Dec 2026 is 10 am AEDT on the 2nd in Sydney.
    expect(formatOccurrence(new Date("2026-07-01T18:00:00Z"), "Europe/London")).toBe("Wed 1 Jul, 7:00 pm BST");
    expect(formatOccurrence(new Date("2026-12-01T23:00:00Z"), "Australia/Sydney")).toBe("Wed 2 Dec, 10:00 am AEDT");
    // Noon in New York in July (EDT, UTC-4) is 16:00Z.
    expect(formatOccurrence(new Date("2026-07-04T16:00:00Z"), "America/New_York")).toBe("Sat 4 Jul, 12:00 pm EDT");
  });

  it("falls back to a GMT offset where a zone has no common abbreviation", () => {
    expect(zoneAbbreviation(new Date("2026-01-15T00:00:00Z"), "Asia/Tokyo")).toBe("GMT+9");
    expect(zoneAbbreviation(new Date("2026-01-15T00:00:00Z"), "UTC")).toBe("UTC");
  });

  it("has date and time pieces, with the year and zone on request", () => {
    // Midnight UTC on 1 Mar 2026 is still Saturday 28 Feb, 6 pm in Chicago (CST).
    const instant = new Date("2026-03-01T00:00:00Z");
    expect(formatOccurrenceDate(instant, "America/Chicago")).toBe("Sat 28 Feb");
    expect(formatOccurrenceDate(instant, "America/Chicago", { withYear: true })).toBe("Sat 28 Feb 2026");
    expect(formatOccurrenceTime(instant, "America/Chicago")).toBe("6:00 pm");
    expect(formatOccurrenceTime(instant, "America/Chicago", { withZone: true })).toBe("6:00 pm CST");
    expect(formatOccurrence(instant, "America/Chicago", { withZone: false, withYear: true })).toBe("Sat 28 Feb 2026, 6:00 pm");
    // Leap day, 9:15 am in Sydney (AEDT) = 22:15Z on 28 Feb 2028.
    expect(formatOccurrenceDate(new Date("2028-02-28T22:15:00Z"), "Australia/Sydney")).toBe("Tue 29 Feb");
    expect(formatOccurrenceTime(new Date("2028-02-28T22:15:00Z"), "Australia/Sydney")).toBe("9:15 am");
  });

  it("shows the real time of a meeting moved by the spring-forward gap", () => {
    // A 02:30 meeting on 8 Mar 2026 in New York happens at 07:30Z, which the clocks show as 3:30 am EDT.
    expect(formatOccurrence(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("Sun 8 Mar, 3:30 am EDT");
  });

  it("does not depend on the server's time zone", () => {
    const instant = new Date("2025-12-03T01:00:00Z");
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: a different date from Chicago's
    expect(formatOccurrence(instant, "America/Chicago")).toBe("Tue 2 Dec, 7:00 pm CST");
    process.env.TZ = "America/Los_Angeles";
    expect(formatOccurrence(instant, "Europe/London")).toBe("Wed 3 Dec, 1:00 am GMT");
  });
});
