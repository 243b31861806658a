import { describe, expect, it } from "vitest";
import { countWords, estimateReadingTime, readingTimeRange } from "./word-count";

describe("countWords", () => {
  it("counts the words a reader reads, not markup or link targets", () => {
    expect(countWords("## Two words\n\n- **one** item\n- [a link](/articles/a-very-long-slug-here)\n\n> quoted text")).toBe(8);
  });

  it("ignores stray punctuation and counts contractions and numbers as words", () => {
    expect(countWords("You’re not alone — call 988 now.")).toBe(6);
  });
});

describe("reading time", () => {
  it("allows the minutes between 230 and 200 words a minute", () => {
    expect(readingTimeRange(1000)).toEqual({ min: 4, max: 5 });
    expect(readingTimeRange(600)).toEqual({ min: 2, max: 3 });
    expect(readingTimeRange(50)).toEqual({ min: 1, max: 1 });
  });

  it("estimates inside that range", () => {
    for (const words of [120, 600, 860, 1000, 1200]) {
      const { min, max } = readingTimeRange(words);
      expect(estimateReadingTime(words)).toBeGreaterThanOrEqual(min);
      expect(estimateReadingTime(words)).toBeLessThanOrEqual(max);
    }
  });
});
