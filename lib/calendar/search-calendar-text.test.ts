import { describe, expect, it } from "vitest";
import type { PlaceOutcome } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { describeSearchCalendar, invalidSearchLines, placeNotFoundLines } from "./search-calendar-text";

const austin: PlaceOutcome = { status: "found", place: { label: "Austin, TX, United States", queryValue: "Austin, TX, US", countryCode: "US", lat: 30.27, lng: -97.74 }, alternatives: [] } as PlaceOutcome;

function search(query: string, counts: { total: number; localTotal: number }, place: PlaceOutcome = austin, capped = false) {
  const { filters } = parseSearchParams(new URLSearchParams(query));
  return { place, filters, unit: filters.unit ?? ("mi" as const), capped, limit: 100, ...counts };
}

const url = "https://village.test/groups?near=Austin";

/** The feed's name and description as they were written before they came from the messages. */
function englishAsBefore(found: ReturnType<typeof search>) {
  const labels = filterLabels(found.filters);
  const outcome = { ...found, problems: [], text: null, results: [], page: 1, pageCount: 1, sort: "nearest" as const };
  return {
    name: `Village: ${searchTitle(outcome)}${labels.length ? ` (${labels.join(", ")})` : ""}`,
    description: [`${resultsSentence(outcome)}.`, found.capped ? `This calendar has the first ${found.limit}; a narrower search on Village gives a shorter list.` : null, `See the list at ${url}`].filter(Boolean).join(" "),
  };
}

const searches = [
  search("near=Austin&radius=10&unit=mi", { total: 34, localTotal: 12 }),
  search("near=Austin&radius=1&unit=mi&day=tue&cost=free&lang=es&online=hide", { total: 1, localTotal: 1 }),
  search("near=Austin&radius=25&unit=km&q=sleep&format=hybrid&venue=library&time=morning&audience=partners&babies=1&childcare=1&access=1", { total: 3, localTotal: 3 }),
  search("near=Austin&online=only", { total: 22, localTotal: 0 }),
  search("online=only", { total: 1, localTotal: 0 }, { status: "none" }),
  search("", { total: 240, localTotal: 0 }, { status: "none" }, true),
];

describe("a search calendar's name and description", () => {
  it.each(searches.map((found) => [found] as const))("read in English exactly as they always have (%#)", (found) => {
    expect(describeSearchCalendar(found, url, "en")).toEqual(englishAsBefore(found));
  });

  it("read in Spanish at a Spanish address, with the list's Spanish link", () => {
    const spanishUrl = "https://village.test/es/groups?near=Austin";
    expect(describeSearchCalendar(searches[1]!, spanishUrl, "es")).toEqual({
      name: "Village: Grupos de apoyo cerca de Austin, TX, United States (Martes, Español, Gratis, Solo en persona)",
      description: "1 grupo a menos de 1 milla de Austin, TX, United States. Mira la lista en https://village.test/es/groups?near=Austin",
    });
    const capped = describeSearchCalendar(searches[5]!, spanishUrl, "es");
    expect(capped.name).toBe("Village: Grupos de apoyo");
    expect(capped.description).toContain("Este calendario tiene los primeros 100;");
    expect(capped.description).not.toMatch(/\d+ groups|calendar has|See the list/);
  });
});

describe("what a search calendar's address answers when it cannot be made", () => {
  const { problems } = parseSearchParams(new URLSearchParams("near=Austin&radius=lots&day=someday"));
  const invalid = problems.filter((p) => p.kind === "invalid");

  it("names each value it could not use, in English with the schema's own reasons", () => {
    const lines = invalidSearchLines(invalid, "https://village.test/groups", "en");
    expect(lines[0]).toBe("This calendar address has values we could not use:");
    expect(lines).toContain("- radius=lots: Distance must be a number, such as 10.");
    expect(lines.some((l) => l.startsWith('- day=someday: "someday" is not a day'))).toBe(true);
    expect(lines.at(-1)).toBe('Search again at https://village.test/groups and use "Subscribe in your calendar" under the results.');
  });

  it("and in Spanish at a Spanish address, pointing to the Spanish search", () => {
    const lines = invalidSearchLines(invalid, "https://village.test/es/groups", "es");
    expect(lines[0]).toBe("Esta dirección de calendario tiene valores que no pudimos usar:");
    expect(lines.find((l) => l.startsWith("- radius=lots: "))).not.toContain("Distance");
    expect(lines.at(-1)).toContain("https://village.test/es/groups");
    expect(lines.join("\n")).not.toMatch(/Search again|could not use|is not a day/);
  });

  it("says which place it could not find, with the places it might have been", () => {
    expect(placeNotFoundLines("Ostin", ["Austin, TX", "Boston, MA"], "https://village.test/groups", "en").slice(0, 2)).toEqual([
      'We could not find the place "Ostin", so this calendar would be empty.',
      "Did you mean Austin, TX or Boston, MA?",
    ]);
    expect(placeNotFoundLines("Ostin", ["Austin, TX", "Boston, MA"], "https://village.test/es/groups", "es")).toEqual([
      "No encontramos el lugar «Ostin», así que este calendario estaría vacío.",
      "¿Quisiste decir Austin, TX o Boston, MA?",
      "Vuelve a buscar en https://village.test/es/groups y usa la opción para suscribirte en tu calendario, debajo de los resultados.",
    ]);
  });
});
