import { describe, expect, it } from "vitest";
import { rankSuggestions } from "./rank-suggestions";

const place = (nameKey: string, population: number) => ({ nameKey, population });

describe("rankSuggestions", () => {
  it("prefers one swapped letter in a big city to one wrong letter in a hamlet", () => {
    const ranked = rankSuggestions("lodnon", [place("lod", 77_223), place("loddon", 3_552), place("london", 8_961_989)]);
    expect(ranked.map((p) => p.nameKey)).toEqual(["london", "loddon", "lod"]);
  });

  it("counts a swap as one edit, so the intended name beats a shorter look-alike", () => {
    const ranked = rankSuggestions("torotno", [place("toro", 9_556), place("tororo", 40_000), place("toronto", 2_600_000)]);
    expect(ranked[0]?.nameKey).toBe("toronto");
  });

  it("puts the closest spelling first when sizes are alike", () => {
    const ranked = rankSuggestions("edinbrugh", [place("edinboro", 6_000), place("edinburgh", 506_520), place("edinburg", 100_000)]);
    expect(ranked[0]?.nameKey).toBe("edinburgh");
  });

  it("lets a much closer small place beat a big one that needs many edits", () => {
    const ranked = rankSuggestions("harrowgate", [place("harrogate", 75_070), place("harare", 1_542_813)]);
    expect(ranked[0]?.nameKey).toBe("harrogate");
  });
});
