import { describe, expect, it } from "vitest";
import { dateOnly, listOccurrences, toInstant, type MeetingRule } from "@/lib/schedule";
import { RRule } from "@/lib/schedule/rrule-lib";
import { toMeetingScheduleFields } from "./meeting-schedule-fields";

const rule = (overrides: Partial<MeetingRule> = {}): MeetingRule => ({
  frequency: "FORTNIGHTLY",
  weekday: "WE",
  nthWeek: null,
  startMinutes: 18 * 60 + 30,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-05",
  endDate: null,
  cancellations: [],
  ...overrides,
});

describe("toMeetingScheduleFields", () => {
  it("gives the RRULE, its DTSTART on the first meeting, the local start, the length and the cancellations", () => {
    const fields = toMeetingScheduleFields(rule(), [{ date: dateOnly("2026-02-04"), reason: "Snow" }]);
    expect(fields).toEqual({
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
      // 5 January is a Monday: the first meeting is Wednesday the 7th, and fortnights count from it.
      dtstart: "2026-01-07T18:30:00",
      startTime: "18:30",
      durationMinutes: 90,
      cancellations: [{ date: "2026-02-04", reason: "Snow" }],
    });
  });

  it("ends the RRULE with UNTIL in UTC at the end of the last local day", () => {
    expect(toMeetingScheduleFields(rule({ frequency: "MONTHLY_LAST", weekday: "FR", endDate: "2026-06-30" }), []).rrule).toBe("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260701T045959Z");
  });

  it("has no DTSTART when the last date comes before any meeting", () => {
    expect(toMeetingScheduleFields(rule({ startDate: "2026-01-05", endDate: "2026-01-06" }), []).dtstart).toBeNull();
  });

  it("lets a reader rebuild the same dates as the site, without the site's code", () => {
    const meeting = rule();
    const fields = toMeetingScheduleFields(meeting, []);
    // What a calendar does: expand the RRULE from DTSTART in floating time, then place each in the zone.
    const series = new RRule({ ...RRule.parseString(fields.rrule), dtstart: new Date(`${fields.dtstart}Z`) });
    const from = new Date("2026-03-01T00:00:00Z");
    const until = new Date("2026-05-01T00:00:00Z");
    const rebuilt = series.between(from, until).map((wall) => toInstant(wall, meeting.timeZone).toISOString());
    const site = listOccurrences(meeting, { from, until }).map((o) => o.start.toISOString());
    expect(rebuilt).toEqual(site);
    // 4 and 18 March, 1, 15 and 29 April.
    expect(site.length).toBe(5);
  });
});
