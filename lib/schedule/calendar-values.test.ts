import { describe, expect, it } from "vitest";
import { dateOnly, parseClock } from "./calendar-values";

describe("parseClock", () => {
  it.each([
    ["00:00", 0],
    ["9:05", 545],
    ["18:30", 1110],
    ["23:59", 1439],
  ])("reads %s as %i minutes", (time, minutes) => expect(parseClock(time)).toBe(minutes));

  it.each(["24:00", "7pm", "12:60", ""])("refuses %j", (time) => expect(parseClock(time)).toBeNull());
});

describe("dateOnly", () => {
  it("is midnight UTC of the day, whatever the server's zone", () => {
    expect(dateOnly("2026-12-24").toISOString()).toBe("2026-12-24T00:00:00.000Z");
  });

  it("refuses anything but YYYY-MM-DD", () => {
    expect(() => dateOnly("24/12/2026")).toThrow(/YYYY-MM-DD/);
  });
});
