import { describe, expect, it } from "vitest";
import { listOccurrences } from "./occurrences";
import { RRule } from "./rrule-lib";
import { toRRule } from "./rrule-string";
import type { MeetingRule } from "./types";

const base: MeetingRule = {
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 600,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-06",
  endDate: null,
  cancellations: [],
};

describe("toRRule", () => {
  it.each([
    [{ frequency: "WEEKLY" }, "FREQ=WEEKLY;BYDAY=TU"],
    [{ frequency: "FORTNIGHTLY", weekday: "WE" }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"],
    [{ frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: 1 }, "FREQ=MONTHLY;BYDAY=1TH"],
    [{ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 2 }, "FREQ=MONTHLY;BYDAY=2TU"],
    [{ frequency: "MONTHLY_NTH", weekday: "SA", nthWeek: 4 }, "FREQ=MONTHLY;BYDAY=4SA"],
    [{ frequency: "MONTHLY_LAST", weekday: "FR" }, "FREQ=MONTHLY;BYDAY=-1FR"],
  ] as const)("%o -> %s", (overrides, expected) => {
    expect(toRRule({ ...base, ...overrides })).toBe(expected);
  });

  it("ends at 23:59:59 local on the end date, written in UTC", () => {
    // Chicago in summer is UTC-5: 30 Jun 23:59:59 CDT = 1 Jul 04:59:59Z.
    expect(toRRule({ ...base, endDate: "2026-06-30" })).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260701T045959Z");
    // In winter UTC-6: 31 Dec 23:59:59 CST = 1 Jan 05:59:59Z.
    expect(toRRule({ ...base, endDate: "2026-12-31" })).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T055959Z");
    // Sydney in summer is UTC+11: 31 Dec 23:59:59 AEDT = 31 Dec 12:59:59Z.
    expect(toRRule({ ...base, timeZone: "Australia/Sydney", endDate: "2026-12-31" })).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T125959Z");
  });

  it("refuses a monthly rule without a week number of 1-4", () => {
    expect(() => toRRule({ ...base, frequency: "MONTHLY_NTH", nthWeek: null })).toThrow(RangeError);
    expect(() => toRRule({ ...base, frequency: "MONTHLY_NTH", nthWeek: 5 })).toThrow(RangeError);
    expect(() => toRRule({ ...base, frequency: "MONTHLY_NTH", nthWeek: 0 })).toThrow(RangeError);
  });

  it("with UNTIL keeps a meeting on the end date and nothing after, read by rrule as any client would", () => {
    // Expand in UTC from the real first instant: Tue 6 Jan 2026 10:00 CST = 16:00Z.
    const rule: MeetingRule = { ...base, endDate: "2026-02-03" };
    const expanded = RRule.fromString(`DTSTART:20260106T160000Z\nRRULE:${toRRule(rule)}`).all();
    const ours = listOccurrences(rule, { from: new Date("2026-01-01T00:00:00Z"), until: new Date("2026-06-01T00:00:00Z") });
    // 6, 13, 20, 27 Jan and 3 Feb; no DST change in between, so the instants agree exactly.
    expect(expanded.map((d) => d.toISOString())).toEqual(ours.map((o) => o.start.toISOString()));
    expect(ours.map((o) => o.localDate)).toEqual(["2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27", "2026-02-03"]);
  });
});
