import { describe, expect, it } from "vitest";
import { ageOf, formatAge, formatStamp } from "./dates";

const now = new Date("2026-11-27T12:00:00Z");

describe("formatAge", () => {
  it("speaks in days, then months, then years", () => {
    expect(formatAge(now, now)).toBe("today");
    expect(formatAge(new Date("2026-11-26T11:00:00Z"), now)).toBe("yesterday");
    expect(formatAge(new Date("2026-11-17T12:00:00Z"), now)).toBe("10 days ago");
    expect(formatAge(new Date("2026-04-27T12:00:00Z"), now)).toBe("7 months ago");
    expect(formatAge(new Date("2025-10-27T12:00:00Z"), now)).toBe("over a year ago");
  });

  it("stamps dates in UTC and says so", () => {
    expect(formatStamp(new Date("2026-11-27T05:04:00Z"))).toBe("27 Nov 2026, 05:04 UTC");
    expect(formatStamp(new Date("2026-11-27T05:04:00Z"), "es")).toBe("27 nov 2026, 05:04 UTC");
  });

  it("gives the age as a unit and a count, for a page to word in its language", () => {
    expect(ageOf(new Date("2026-11-17T12:00:00Z"), now)).toEqual({ unit: "days", count: 10 });
    expect(ageOf(new Date("2026-04-27T12:00:00Z"), now)).toEqual({ unit: "months", count: 7 });
    expect(ageOf(new Date("2023-10-27T12:00:00Z"), now)).toEqual({ unit: "years", count: 3 });
  });
});
