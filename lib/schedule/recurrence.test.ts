import { describe, expect, it } from "vitest";
import { buildWallClockSeries } from "./recurrence";
import type { MeetingRule } from "./types";

const rule = (overrides: Partial<MeetingRule>): MeetingRule => ({
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 19 * 60,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2019-03-06",
  endDate: null,
  cancellations: [],
  ...overrides,
});

// Dates of the series over a window, in floating wall-clock time.
const window = (r: MeetingRule, notBefore: Date | undefined, from: string, until: string) =>
  buildWallClockSeries(r, notBefore)!
    .between(new Date(from), new Date(until), true)
    .map((d) => d.toISOString());

describe("buildWallClockSeries from a later start", () => {
  const cases: [string, Partial<MeetingRule>][] = [
    ["weekly", {}],
    ["fortnightly", { frequency: "FORTNIGHTLY", weekday: "WE" }],
    ["second Thursday", { frequency: "MONTHLY_NTH", nthWeek: 2, weekday: "TH" }],
    ["fourth Monday", { frequency: "MONTHLY_NTH", nthWeek: 4, weekday: "MO", startMinutes: 0 }],
    ["last Friday", { frequency: "MONTHLY_LAST", weekday: "FR", startMinutes: 23 * 60 + 30 }],
    ["last Sunday, ending", { frequency: "MONTHLY_LAST", weekday: "SU", endDate: "2026-09-30" }],
  ];
  for (const [name, overrides] of cases) {
    it(`gives the same dates as the series from its first meeting: ${name}`, () => {
      const r = rule(overrides);
      for (const from of ["2026-01-01T00:00:00Z", "2026-03-29T18:59:00Z", "2026-08-31T23:59:00Z", "2027-02-28T12:00:00Z"]) {
        const notBefore = new Date(new Date(from).getTime() - 2 * 86_400_000);
        const until = new Date(new Date(from).getTime() + 120 * 86_400_000).toISOString();
        expect(window(r, notBefore, from, until)).toEqual(window(r, undefined, from, until));
      }
    });
  }

  it("starts no earlier than the first meeting", () => {
    const r = rule({ startDate: "2026-06-10", frequency: "MONTHLY_NTH", nthWeek: 1, weekday: "MO" });
    expect(window(r, new Date("2026-06-20T00:00:00Z"), "2026-06-01T00:00:00Z", "2026-08-01T00:00:00Z")).toEqual(["2026-07-06T19:00:00.000Z"]);
  });
});
