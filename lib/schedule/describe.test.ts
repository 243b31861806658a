import { describe, expect, it } from "vitest";
import { describeRule, formatTimeRange, timeOfDay } from "./describe";
import { formatOccurrence } from "./format";
import { toRRule } from "./rrule-string";
import type { MeetingRule } from "./types";

const base: MeetingRule = { frequency: "WEEKLY", weekday: "TU", nthWeek: null, startMinutes: 600, durationMinutes: 90, timeZone: "America/Chicago", startDate: "2026-01-06", endDate: null, cancellations: [] };

describe("describing meetings", () => {
  it.each([
    [{ frequency: "WEEKLY" }, "Every Tuesday", "FREQ=WEEKLY;BYDAY=TU"],
    [{ frequency: "FORTNIGHTLY", weekday: "WE" }, "Every other Wednesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"],
    [{ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 1 }, "First Thursday of the month", "FREQ=MONTHLY;BYDAY=+1TH"],
    [{ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 3 }, "Third Thursday of the month", "FREQ=MONTHLY;BYDAY=+3TH"],
    [{ frequency: "MONTHLY_LAST", weekday: "FR" }, "Last Friday of the month", "FREQ=MONTHLY;BYDAY=-1FR"],
  ] as const)("%o", (overrides, words, rrule) => {
    const r = { ...base, ...overrides };
    expect(describeRule(r)).toBe(words);
    expect(toRRule(r)).toBe(rrule);
  });

  it("ends the rule at the end of the local end date, in UTC", () => {
    // 23:59 on 30 June 2027 in Chicago (CDT, UTC-5) is 04:59Z on 1 July.
    expect(toRRule({ ...base, endDate: "2027-06-30" })).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270701T045900Z");
  });

  it("formats times of day for people", () => {
    expect(formatTimeRange(base)).toBe("10:00 am – 11:30 am");
    expect(formatTimeRange({ startMinutes: 23 * 60 + 30, durationMinutes: 60 })).toBe("11:30 pm – 12:30 am");
    expect([timeOfDay(600), timeOfDay(720), timeOfDay(1019), timeOfDay(1020)]).toEqual(["morning", "afternoon", "afternoon", "evening"]);
  });

  it("formats an instant in the meeting's zone with its abbreviation, whatever the server's zone", () => {
    const moment = new Date("2026-12-02T01:00:00Z");
    expect(formatOccurrence(moment, "America/Chicago")).toBe("Tue 1 Dec, 7:00 pm CST");
    expect(formatOccurrence(moment, "Europe/London")).toBe("Wed 2 Dec, 1:00 am GMT");
    expect(formatOccurrence(new Date("2026-07-01T18:00:00Z"), "Europe/London")).toBe("Wed 1 Jul, 7:00 pm BST");
    expect(formatOccurrence(new Date("2026-12-01T23:00:00Z"), "Australia/Sydney")).toBe("Wed 2 Dec, 10:00 am AEDT");
  });
});
