import { describe, expect, it } from "vitest";
import { toMeetingRule } from "./types";

describe("toMeetingRule", () => {
  it("turns @db.Date columns (midnight UTC) into local dates, and sorts cancellations", () => {
    const rule = toMeetingRule({
      frequency: "MONTHLY_NTH",
      weekday: "TU",
      nthWeek: 2,
      startMinutes: 1140,
      durationMinutes: 90,
      timeZone: "Australia/Sydney",
      startDate: new Date("2026-01-13T00:00:00.000Z"),
      endDate: new Date("2026-12-31T00:00:00.000Z"),
      cancellations: [{ date: new Date("2026-05-12T00:00:00.000Z") }, { date: new Date("2026-03-10T00:00:00.000Z") }, { date: new Date("2026-05-12T00:00:00.000Z") }],
    });
    expect(rule).toEqual({
      frequency: "MONTHLY_NTH",
      weekday: "TU",
      nthWeek: 2,
      startMinutes: 1140,
      durationMinutes: 90,
      timeZone: "Australia/Sydney",
      startDate: "2026-01-13",
      endDate: "2026-12-31",
      cancellations: ["2026-03-10", "2026-05-12"],
    });
  });

  it("keeps a missing end date as null", () => {
    const rule = toMeetingRule({
      frequency: "WEEKLY",
      weekday: "FR",
      nthWeek: null,
      startMinutes: 600,
      durationMinutes: 60,
      timeZone: "Europe/London",
      startDate: new Date("2026-01-02T00:00:00.000Z"),
      endDate: null,
      cancellations: [],
    });
    expect(rule.endDate).toBeNull();
    expect(rule.cancellations).toEqual([]);
  });
});
