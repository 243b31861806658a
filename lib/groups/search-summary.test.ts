import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import type { PlaceOutcome } from "./run-search";
import { parseSearchParams } from "./search-params";
import { filterLabels, resultsSentence, searchTitle } from "./search-summary";

const austin: PlaceOutcome = { status: "found", place: { label: "Austin, TX, United States", queryValue: "Austin", countryCode: "US", lat: 30.27, lng: -97.74 }, alternatives: [] };
const filtersOf = (query: string) => parseSearchParams(new URLSearchParams(query)).filters;

describe("searchTitle", () => {
  it("names the place, online groups, or all support groups", () => {
    expect(searchTitle({ place: austin, filters: filtersOf("near=Austin") })).toBe("Support groups near Austin, TX, United States");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("online=only") })).toBe("Online support groups");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("") })).toBe("Support groups");
  });

  it("says the same in Spanish", () => {
    expect(searchTitle({ place: austin, filters: filtersOf("near=Austin") }, "es")).toBe("Grupos de apoyo cerca de Austin, TX, United States");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("online=only") }, "es")).toBe("Grupos de apoyo en línea");
    expect(searchTitle({ place: { status: "none" }, filters: filtersOf("") }, "es")).toBe("Grupos de apoyo");
  });
});

describe("resultsSentence", () => {
  const outcome = (query: string, total: number, localTotal: number, unit: "mi" | "km" = "mi", place: PlaceOutcome = austin) => ({ place, filters: filtersOf(query), total, localTotal, unit });

  it("counts local groups within the distance, then online ones", () => {
    expect(resultsSentence(outcome("near=Austin", 34, 12))).toBe("12 groups within 10 miles of Austin, TX, United States, and 22 online groups");
    expect(resultsSentence(outcome("near=Austin&radius=1", 1, 1))).toBe("1 group within 1 mile of Austin, TX, United States");
    expect(resultsSentence(outcome("near=Austin&unit=km&radius=25", 3, 3, "km"))).toBe("3 groups within 25 km of Austin, TX, United States");
    expect(resultsSentence(outcome("near=Austin&online=only", 5, 0))).toBe("5 online groups");
    expect(resultsSentence(outcome("near=Austin&online=only", 1, 0))).toBe("1 online group");
    expect(resultsSentence(outcome("q=walk", 1200, 0, "mi", { status: "none" }))).toBe("1,200 groups");
  });

  it("says it in Spanish, with Spanish plurals and numbers", () => {
    expect(resultsSentence(outcome("near=Austin", 34, 12), "es")).toBe("12 grupos a menos de 10 millas de Austin, TX, United States, y 22 grupos en línea");
    expect(resultsSentence(outcome("near=Austin&radius=1", 2, 1), "es")).toBe("1 grupo a menos de 1 milla de Austin, TX, United States, y 1 grupo en línea");
    expect(resultsSentence(outcome("near=Austin&unit=km&radius=25", 3, 3, "km"), "es")).toBe("3 grupos a menos de 25 km de Austin, TX, United States");
    expect(resultsSentence(outcome("near=Austin&online=only", 5, 0), "es")).toBe("5 grupos en línea");
    expect(resultsSentence(outcome("q=walk", 12000, 0, "mi", { status: "none" }), "es")).toBe("12.000 grupos");
  });

  it("words it with the translator a page passes in, the same as with its language", () => {
    const found = outcome("near=Austin", 34, 12);
    for (const locale of ["en", "es"] as const) expect(resultsSentence(found, translatorFor(locale, "Search"))).toBe(resultsSentence(found, locale));
    // The search page's status line is the same words as a sentence.
    expect(translatorFor("es", "Search")("resultsSentence", { results: resultsSentence(found, "es") })).toBe("12 grupos a menos de 10 millas de Austin, TX, United States, y 22 grupos en línea.");
  });
});

describe("filterLabels", () => {
  const query = "near=Austin&q=walk&format=hybrid&day=tue,thu&time=evening&audience=partners&lang=es&cost=free&babies=1&access=1&online=hide";

  it("says each filter in words, in a fixed order", () => {
    expect(filterLabels(filtersOf(query))).toEqual([
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

  it("says them in Spanish, with the search words as typed", () => {
    expect(filterLabels(filtersOf(query), "es")).toEqual([
      "“walk”",
      "En persona y en línea",
      "Martes",
      "Jueves",
      "Noche (desde las 17:00)",
      "Parejas y papás",
      "Español",
      "Gratis",
      "Bebés bienvenidos",
      "Accesible en silla de ruedas",
      "Solo en persona",
    ]);
  });
});
