import { describe, expect, it } from "vitest";
import { diffWords } from "./word-diff";

describe("diffWords", () => {
  it("marks only the words added at the end", () => {
    expect(diffWords("Tea and chat.", "Tea and chat. Now with a weighing corner.")).toEqual({
      before: [{ text: "Tea and chat.", changed: false }],
      after: [
        { text: "Tea and chat. ", changed: false },
        { text: "Now with a weighing corner.", changed: true },
      ],
    });
  });

  it("marks a replaced time on both sides", () => {
    const { before, after } = diffWords("Every Tuesday, 10:00 am – 11:30 am", "Every Tuesday, 10:30 am – 12:00 pm");
    expect(before.filter((s) => s.changed).map((s) => s.text)).toEqual(["10:00", "11:30 am"]);
    expect(after.filter((s) => s.changed).map((s) => s.text)).toEqual(["10:30", "12:00 pm"]);
    expect(before.map((s) => s.text).join("")).toBe("Every Tuesday, 10:00 am – 11:30 am");
  });

  it("marks whole values when one side is empty", () => {
    expect(diffWords("", "Library")).toEqual({ before: [{ text: "", changed: true }], after: [{ text: "Library", changed: true }] });
  });
});
