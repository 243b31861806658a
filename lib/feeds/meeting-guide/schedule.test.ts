import { describe, expect, it } from "vitest";
import { meetingSchema } from "@/lib/listings/meeting-schema";
import { parseClock, type Weekday } from "@/lib/schedule";
import { readMeetingGuideSchedule, toMeetingGuideSchedule } from "./schedule";

const now = new Date("2026-12-01T16:00:00Z");

describe("toMeetingGuideSchedule", () => {
  it.each([
    ["SU", 0],
    ["MO", 1],
    ["WE", 3],
    ["SA", 6],
  ] as const)("counts %s as day %i, Sunday first", (weekday, day) => {
    expect(toMeetingGuideSchedule({ weekday, startMinutes: 600, durationMinutes: 90, timeZone: "America/Chicago" }).day).toBe(day);
  });

  it("writes 24-hour local times and the IANA zone", () => {
    expect(toMeetingGuideSchedule({ weekday: "TU", startMinutes: 18 * 60 + 30, durationMinutes: 90, timeZone: "Europe/London" })).toEqual({
      day: 2,
      time: "18:30",
      end_time: "20:00",
      timezone: "Europe/London",
    });
    expect(toMeetingGuideSchedule({ weekday: "TU", startMinutes: 9 * 60 + 5, durationMinutes: 60, timeZone: "UTC" })).toMatchObject({ time: "09:05", end_time: "10:05" });
  });

  it("writes an end past midnight as the clock shows it", () => {
    expect(toMeetingGuideSchedule({ weekday: "FR", startMinutes: 23 * 60, durationMinutes: 90, timeZone: "America/New_York" })).toMatchObject({ time: "23:00", end_time: "00:30" });
  });
});

describe("readMeetingGuideSchedule", () => {
  it("reads a weekly meeting as the listing form's values, valid for its meeting schema", () => {
    const reading = readMeetingGuideSchedule({ day: 2, time: "18:30", end_time: "20:00", timezone: "America/Chicago" }, { now });
    expect(reading).toEqual({
      ok: true,
      timeZone: "America/Chicago",
      meetings: [
        { id: null, label: null, frequency: "WEEKLY", weekday: "TU", nthWeek: null, startTime: "18:30", durationMinutes: 90, startDate: "2026-12-01", endDate: null },
      ],
    });
    if (!reading.ok) return;
    expect(meetingSchema.safeParse(reading.meetings[0]).success).toBe(true);
  });

  it("starts today on the meeting's own calendar", () => {
    // 02:00 UTC on 2 December is still 1 December in Chicago, already 2 December in Berlin.
    const late = new Date("2026-12-02T02:00:00Z");
    const chicago = readMeetingGuideSchedule({ day: 1, time: "10:00", timezone: "America/Chicago" }, { now: late });
    const berlin = readMeetingGuideSchedule({ day: 1, time: "10:00", timezone: "Europe/Berlin" }, { now: late });
    expect(chicago.ok && chicago.meetings[0]?.startDate).toBe("2026-12-01");
    expect(berlin.ok && berlin.meetings[0]?.startDate).toBe("2026-12-02");
  });

  it("makes one meeting per day of a list, and reads day names and numeric strings", () => {
    const reading = readMeetingGuideSchedule({ day: [5, "1", "Wednesday", 1], time: "9:30", timezone: "UTC" }, { now, label: "Morning circle" });
    expect(reading.ok && reading.meetings.map((m) => [m.weekday, m.startTime, m.label])).toEqual([
      ["MO", "09:30", "Morning circle"],
      ["WE", "09:30", "Morning circle"],
      ["FR", "09:30", "Morning circle"],
    ]);
  });

  it("lasts an hour without end_time, as the format says, and past midnight when end_time is earlier", () => {
    const noEnd = readMeetingGuideSchedule({ day: 0, time: "19:00", end_time: "", timezone: "UTC" }, { now });
    expect(noEnd.ok && noEnd.meetings[0]?.durationMinutes).toBe(60);
    const late = readMeetingGuideSchedule({ day: 6, time: "23:00", end_time: "00:30", timezone: "UTC" }, { now });
    expect(late.ok && late.meetings[0]?.durationMinutes).toBe(90);
    const seconds = readMeetingGuideSchedule({ day: 6, time: "10:00:00", end_time: "11:15:00", timezone: "UTC" }, { now });
    expect(seconds.ok && seconds.meetings[0]).toMatchObject({ startTime: "10:00", durationMinutes: 75 });
  });

  it("uses the fallback zone for a row without one", () => {
    expect(readMeetingGuideSchedule({ day: 3, time: "12:00" }, { now, fallbackTimeZone: "Australia/Sydney" })).toMatchObject({ ok: true, timeZone: "Australia/Sydney" });
    expect(readMeetingGuideSchedule({ day: 3, time: "12:00", timezone: "" }, { now })).toMatchObject({ ok: false, field: "timezone" });
  });

  it("tells a meeting by appointment from a wrong one", () => {
    expect(readMeetingGuideSchedule({ time: "10:00", timezone: "UTC" })).toMatchObject({ ok: false, reason: "by-appointment", field: "day" });
    expect(readMeetingGuideSchedule({ day: 2, time: "", timezone: "UTC" })).toMatchObject({ ok: false, reason: "by-appointment", field: "time" });
    expect(readMeetingGuideSchedule({ day: [], time: "10:00", timezone: "UTC" })).toMatchObject({ ok: false, reason: "by-appointment" });
  });

  it.each([
    [{ day: 7, time: "10:00", timezone: "UTC" }, "day"],
    [{ day: "Funday", time: "10:00", timezone: "UTC" }, "day"],
    [{ day: 1, time: "7 pm", timezone: "UTC" }, "time"],
    [{ day: 1, time: "24:00", timezone: "UTC" }, "time"],
    [{ day: 1, time: "10:00", end_time: "late", timezone: "UTC" }, "end_time"],
    [{ day: 1, time: "10:00", timezone: "Mars/Olympus" }, "timezone"],
    [{ day: 1, time: "10:00", end_time: "10:05", timezone: "UTC" }, "duration"],
    [{ day: 1, time: "10:00", end_time: "10:00", timezone: "UTC" }, "duration"],
    [{ day: 1, time: "08:00", end_time: "17:00", timezone: "UTC" }, "duration"],
  ])("refuses %o, naming %s", (row, field) => {
    const reading = readMeetingGuideSchedule(row, { now });
    expect(reading).toMatchObject({ ok: false, reason: "invalid", field });
    expect(!reading.ok && reading.message.length).toBeGreaterThan(10);
  });

  it("reads back what the feed writes, for every day and a range of times", () => {
    const weekdays: Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    for (const weekday of weekdays) {
      for (const [startMinutes, durationMinutes] of [[0, 15], [570, 90], [1110, 120], [1380, 120]] as const) {
        const written = toMeetingGuideSchedule({ weekday, startMinutes, durationMinutes, timeZone: "America/Denver" });
        const reading = readMeetingGuideSchedule(written, { now });
        expect(reading.ok, JSON.stringify(written)).toBe(true);
        if (!reading.ok) continue;
        expect(reading.timeZone).toBe("America/Denver");
        expect(reading.meetings).toHaveLength(1);
        expect(reading.meetings[0]).toMatchObject({ weekday, durationMinutes });
        expect(parseClock(reading.meetings[0]!.startTime)).toBe(startMinutes);
      }
    }
  });
});
