import { afterEach, describe, expect, it } from "vitest";
import { formatICalLocal, formatICalUtc, formatLocalDate, toFloatingDate, toInstant, toWallClock } from "./wall-clock";

const floating = (iso: string) => new Date(`${iso}Z`);
const instantOf = (iso: string, timeZone: string) => toInstant(floating(iso), timeZone).toISOString();

describe("toInstant", () => {
  it("applies the zone's offset on an ordinary day", () => {
    expect(instantOf("2026-01-15T19:00:00", "America/Chicago")).toBe("2026-01-16T01:00:00.000Z"); // CST, UTC-6
    expect(instantOf("2026-07-15T19:00:00", "America/Chicago")).toBe("2026-07-16T00:00:00.000Z"); // CDT, UTC-5
    expect(instantOf("2026-01-15T10:00:00", "Australia/Sydney")).toBe("2026-01-14T23:00:00.000Z"); // AEDT, UTC+11
    expect(instantOf("2026-01-15T10:00:00", "Asia/Kolkata")).toBe("2026-01-15T04:30:00.000Z"); // UTC+5:30
    expect(instantOf("2026-01-15T10:00:00", "UTC")).toBe("2026-01-15T10:00:00.000Z");
  });

  it("moves a time skipped by a spring-forward change forward by the gap", () => {
    // New York 8 Mar 2026: 01:59 EST is followed by 03:00 EDT. 02:30 read at -5 is 07:30Z, shown as 03:30 EDT.
    expect(instantOf("2026-03-08T02:30:00", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    // The gap's edges: 02:00 is 03:00 EDT (07:00Z), 01:59 is still EST (06:59Z).
    expect(instantOf("2026-03-08T02:00:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    expect(instantOf("2026-03-08T01:59:00", "America/New_York")).toBe("2026-03-08T06:59:00.000Z");
    // Lord Howe moves only half an hour (02:00 -> 02:30, +10:30 -> +11): 02:15 read at +10:30 is 15:45Z.
    expect(instantOf("2026-10-04T02:15:00", "Australia/Lord_Howe")).toBe("2026-10-03T15:45:00.000Z");
  });

  it("takes the first of a time that happens twice in an autumn change", () => {
    // New York 1 Nov 2026: 01:30 EDT (05:30Z), then 01:30 EST (06:30Z).
    expect(instantOf("2026-11-01T01:30:00", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    // London 25 Oct 2026: 01:30 BST (00:30Z), then 01:30 GMT (01:30Z).
    expect(instantOf("2026-10-25T01:30:00", "Europe/London")).toBe("2026-10-25T00:30:00.000Z");
    // Sydney 5 Apr 2026: 02:30 AEDT (15:30Z on the 4th), then 02:30 AEST (16:30Z).
    expect(instantOf("2026-04-05T02:30:00", "Australia/Sydney")).toBe("2026-04-04T15:30:00.000Z");
  });

  it("rejects an unknown zone", () => {
    expect(() => toInstant(floating("2026-01-15T10:00:00"), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("toWallClock", () => {
  it("reads the local clock at an instant", () => {
    expect(toWallClock(new Date("2026-12-02T01:00:00Z"), "America/Chicago").toISOString()).toBe("2026-12-01T19:00:00.000Z");
    expect(toWallClock(new Date("2026-11-01T06:30:00Z"), "America/New_York").toISOString()).toBe("2026-11-01T01:30:00.000Z");
    expect(toWallClock(new Date("2026-03-08T07:30:00Z"), "America/New_York").toISOString()).toBe("2026-03-08T03:30:00.000Z");
    // Midnight is hour 0, not 24.
    expect(toWallClock(new Date("2026-01-01T06:00:00Z"), "America/Chicago").toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  // About 22,000 round trips: a second on a quiet machine, past the 5-second default on a busy one.
  it("round-trips with toInstant through a year in several zones", { timeout: 60_000 }, () => {
    for (const zone of ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata"]) {
      // Steps of 97 minutes vary the minute of the hour and sample both sides of every change.
      for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 97 * 60_000) {
        const instant = new Date(t);
        const wall = toWallClock(instant, zone);
        const back = toInstant(wall, zone);
        // Every instant has one wall time; a repeated wall time maps back to its first instant.
        expect(toWallClock(back, zone).getTime()).toBe(wall.getTime());
        expect(back.getTime()).toBeLessThanOrEqual(t);
      }
    }
  });
});

describe("the server's own zone plays no part", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives the same answers under different TZ settings", () => {
    const run = () => [
      instantOf("2026-11-01T01:30:00", "America/New_York"),
      instantOf("2026-03-08T02:30:00", "America/New_York"),
      toWallClock(new Date("2026-10-25T01:30:00Z"), "Europe/London").toISOString(),
    ];
    process.env.TZ = "UTC";
    const inUtc = run();
    process.env.TZ = "America/New_York";
    // Sanity check that the setting took: midnight UTC is the evening before in New York.
    expect(new Date("2026-01-01T00:00:00Z").getHours()).toBe(19);
    expect(run()).toEqual(inUtc);
    process.env.TZ = "Asia/Tokyo";
    expect(run()).toEqual(inUtc);
  });
});

describe("local dates and iCalendar stamps", () => {
  it("builds a floating date from a local date and minutes", () => {
    expect(toFloatingDate("2028-02-29", 19 * 60 + 30).toISOString()).toBe("2028-02-29T19:30:00.000Z");
    expect(formatLocalDate(toFloatingDate("2026-12-31", 1439))).toBe("2026-12-31");
  });

  it("rejects dates that are not on the calendar", () => {
    for (const bad of ["2027-02-29", "2026-02-30", "2026-13-01", "2026-1-5", "5 Jan 2026", ""]) {
      expect(() => toFloatingDate(bad)).toThrow(RangeError);
    }
  });

  it("writes iCalendar local and UTC forms", () => {
    expect(formatICalLocal(floating("2026-03-08T02:30:00"))).toBe("20260308T023000");
    expect(formatICalUtc(new Date("2026-03-08T07:30:00Z"))).toBe("20260308T073000Z");
  });
});
