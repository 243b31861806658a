import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { resolvePlace } from "@/lib/geo/resolve-place";

let db: PrismaClient;
beforeAll(async () => {
  db = await getDb();
});

async function found(query: string) {
  const result = await resolvePlace(db, query);
  if (result.status !== "found") throw new Error(`${query}: expected a place, got ${JSON.stringify(result)}`);
  return result;
}

describe("resolvePlace", () => {
  it.each([
    ["Austin", "Austin, TX, United States", 30.27, -97.74],
    ["Leeds", "Leeds, England, United Kingdom", 53.8, -1.55],
    ["Zürich", "Zürich, ZH, Switzerland", 47.37, 8.54],
    ["zurich", "Zürich, ZH, Switzerland", 47.37, 8.54],
    ["  TORONTO ", "Toronto, ON, Canada", 43.7, -79.4],
    ["New York", "New York City, NY, United States", 40.71, -74.01],
    ["Munich", "Munich, Germany", 48.14, 11.58],
    ["München", "Munich, Germany", 48.14, 11.58],
  ])("finds the city %s", async (query, label, lat, lng) => {
    const { place } = await found(query);
    expect(place.label).toBe(label);
    expect(place.lat).toBeCloseTo(lat, 0);
    expect(place.lng).toBeCloseTo(lng, 0);
  });

  it.each([
    ["78704", "US", 30.24, -97.76],
    ["78704-1234", "US", 30.24, -97.76],
    ["M5V 2T6", "CA", 43.64, -79.4],
    ["m5v", "CA", 43.64, -79.4],
    ["3000", "AU", -37.81, 144.96],
  ])("finds the postal code %s", async (query, country, lat, lng) => {
    const { place } = await found(query);
    expect(place.countryCode).toBe(country);
    expect(place.lat).toBeCloseTo(lat, 0);
    expect(place.lng).toBeCloseTo(lng, 0);
  });

  it("picks the most likely of an ambiguous name and offers the others", async () => {
    const portland = await found("Portland");
    expect(portland.place.label).toBe("Portland, OR, United States");
    expect(portland.alternatives.map((a) => a.label)).toContain("Portland, ME, United States");
    const london = await found("London");
    expect(london.place.countryCode).toBe("GB");
    expect(london.alternatives.map((a) => a.queryValue)).toContain("London, ON, CA");
  });

  it("offers only places called the same for an exact name, not ones that merely list it among other names", async () => {
    const austin = await found("Austin");
    const offered = austin.alternatives.map((a) => a.label);
    expect(offered).toContain("Austin, MN, United States");
    expect(offered.filter((label) => !label.startsWith("Austin, "))).toEqual([]);
  });

  it("honours a qualifier such as a state or country", async () => {
    expect((await found("Portland, ME")).place.label).toBe("Portland, ME, United States");
    expect((await found("London, ON, CA")).place.label).toBe("London, ON, Canada");
    expect((await found("Dublin, Ireland")).place.countryCode).toBe("IE");
  });

  it.each([
    ["Austni", "Austin, TX, United States"],
    ["Lodnon", "London, England, United Kingdom"],
    ["Torotno", "Toronto, ON, Canada"],
    ["Sna Francisco", "San Francisco, CA, United States"],
    ["Brimingham", "Birmingham, England, United Kingdom"],
    ["Edinbrugh", "Edinburgh, Scotland, United Kingdom"],
  ])("suggests the place meant by the typo %s", async (typed, meant) => {
    const result = await resolvePlace(db, typed);
    expect(result.status).toBe("not-found");
    if (result.status !== "not-found") return;
    expect(result.suggestions[0]?.label).toBe(meant);
    expect(new Set(result.suggestions.map((s) => s.queryValue)).size).toBe(result.suggestions.length);
  });

  it("offers places in the state or country the visitor named first", async () => {
    const result = await resolvePlace(db, "Austni, MN");
    expect(result.status).toBe("not-found");
    if (result.status !== "not-found") return;
    expect(result.suggestions[0]?.label).toBe("Austin, MN, United States");
    expect(result.suggestions.map((s) => s.label)).toContain("Austin, TX, United States");
  });

  it("says so for a postcode it has no data for, instead of returning nothing", async () => {
    const uk = await resolvePlace(db, "LS6 2AB");
    expect(uk).toMatchObject({ status: "postal-unsupported", countryName: "United Kingdom" });
    const missingZip = await resolvePlace(db, "00000");
    expect(missingZip.status).toBe("postal-unsupported");
  });
});
