import { describe, expect, it } from "vitest";
import type { PlaceOutcome } from "./run-search";
import { parseSearchParams } from "./search-params";
import { filterLabels, resultsSentence, searchTitle } from "./search-summary";

const austin: PlaceOutcome = { status: "found", place: { label: "Austin, TX, United States", queryValue: "Austin", countryCode: "US", lat: 30.27, lng: -97.74 }, alternatives: [] };
const filtersOf = (query: string) => parseSearchParams(new URLSearchParams(query)).filters;

describe("searchTitle", () => {
  it("names the place, online groups, or falls back", () => {
    expect(searchTitle({ place: austin, filters: filtersOf("near=Austin") })).toBe("Support groups near Austin, TX, United States");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("online=only") })).toBe("Online support groups");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("") })).toBe("Support groups");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("") }, "Find a support group")).toBe("Find a support group");
  });
});

describe("resultsSentence", () => {
  const outcome = (query: string, total: number, localTotal: number, unit: "mi" | "km" = "mi", place: PlaceOutcome = austin) => ({ place, filters: filtersOf(query), total, localTotal, unit });

  it("counts local groups within the distance, then online ones", () => {
    expect(resultsSentence(outcome("near=Austin", 34, 12))).toBe("12 groups within 10 miles of Austin, TX, United States, and 22 online groups");
    expect(resultsSentence(outcome("near=Austin&radius=1", 1, 1))).toBe("1 group within 1 mile of Austin, TX, United States");
    expect(resultsSentence(outcome("near=Austin&unit=km&radius=25", 3, 3, "km"))).toBe("3 groups within 25 km of Austin, TX, United States");
    expect(resultsSentence(outcome("near=Austin&online=only", 5, 0))).toBe("5 online groups");
    expect(resultsSentence(outcome("q=walk", 1200, 0, "mi", { status: "none" }))).toBe("1,200 groups");
  });
});

describe("filterLabels", () => {
  it("says each filter in words, in a fixed order", () => {
    expect(filterLabels(filtersOf("near=Austin&q=walk&format=hybrid&day=tue,thu&time=evening&audience=partners&lang=es&cost=free&babies=1&access=1&online=hide"))).toEqual([
      "“walk”",
      "In person and online",
      "Tuesday",
      "Thursday",
      "Evening (5 pm or later)",
      "Partners and dads",
      "Spanish",
      "Free",
      "Babies welcome",
      "Wheelchair accessible",
      "In person only",
    ]);
    expect(filterLabels(filtersOf("near=Austin&radius=25&sort=soonest"))).toEqual([]);
  });
});
