import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { createGroup, type GroupOverrides } from "../factories/group-factory";

// A quiet corner of Iceland's interior where no demo group meets, so every local
// result here is one this file created. Each group carries the marker word in its text.
const ORIGIN = { lat: 64.8, lng: -18.5 };
const MARKER = "vatnajokull";

/** A point `km` kilometres due east of ORIGIN. */
const east = (km: number) => ({ lat: ORIGIN.lat, lng: ORIGIN.lng + km / (111.32 * Math.cos((ORIGIN.lat * Math.PI) / 180)) });

const place = (name: string, km: number) => ({
  venueName: `${name} Hall`,
  addressLine1: "1 Test Road",
  locality: "Highlands",
  countryCode: "IS",
  ...east(km),
});

let db: PrismaClient;

async function search(query: string) {
  const { filters, problems } = parseSearchParams(new URLSearchParams(query));
  return runSearch(db, filters, problems);
}
const names = (outcome: Awaited<ReturnType<typeof search>>) => outcome.results.map((r) => r.name);
const near = `lat=${ORIGIN.lat}&lng=${ORIGIN.lng}&unit=km&q=${MARKER}`;

async function make(name: string, km: number | null, { description = "", ...overrides }: GroupOverrides = {}) {
  return createGroup(db, {
    name,
    description: `A ${MARKER} test group. ${description}`,
    timeZone: "Atlantic/Reykjavik",
    ...(km === null ? { format: "ONLINE", location: null } : { location: place(name, km) }),
    ...overrides,
  });
}

beforeAll(async () => {
  db = await getDb();
  await make("Near Circle", 2, {
    audiences: ["PARTNERS_DADS"],
    languages: ["en", "es"],
    meetings: [{ frequency: "WEEKLY", weekday: "TU", startTime: "18:30", durationMinutes: 90, startDate: "2026-01-06" }],
  });
  await make("Middle Circle", 6, {
    isFree: false,
    costNote: "$5 a session",
    babiesWelcome: false,
    venueType: "LIBRARY",
    description: "Breastfeeding questions welcome; crèche on site.",
    childcareProvided: true,
    meetings: [{ frequency: "MONTHLY_NTH", nthWeek: 1, weekday: "TH", startTime: "10:00", durationMinutes: 60, startDate: "2026-01-01" }],
  });
  await make("Far Circle", 40, { wheelchairAccessible: true });
  await make("Hybrid Circle", 8, { format: "HYBRID", audiences: ["NICU_FAMILIES"] });
  await make("Online Circle", null, { audiences: ["NICU_FAMILIES"] });
  for (const status of ["PENDING", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
    await make(`Hidden ${status} Circle`, 1, { status });
  }
});

describe("searching near a place", () => {
  it("returns local groups inside the radius, nearest first, then online groups", async () => {
    const outcome = await search(`${near}&radius=10`);
    expect(names(outcome)).toEqual(["Near Circle", "Middle Circle", "Hybrid Circle", "Online Circle"]);
    const distances = outcome.results.map((r) => r.distance?.value ?? null);
    expect(distances[0]).toBeCloseTo(2, 0);
    expect(distances[1]).toBeCloseTo(6, 0);
    expect(distances[3]).toBeNull();
    expect(outcome.localTotal).toBe(3);
    expect(outcome.total).toBe(4);
  });

  it("widens with the radius and converts miles", async () => {
    expect(names(await search(`${near}&radius=50`))).toContain("Far Circle");
    // 40 km is 24.9 miles.
    const miles = await search(`lat=${ORIGIN.lat}&lng=${ORIGIN.lng}&q=${MARKER}&unit=mi&radius=25&online=hide`);
    expect(names(miles)).toContain("Far Circle");
    expect(miles.results.find((r) => r.name === "Far Circle")?.distance).toEqual({ value: expect.closeTo(24.9, 0) as number, unit: "mi" });
    expect(names(await search(`lat=${ORIGIN.lat}&lng=${ORIGIN.lng}&q=${MARKER}&unit=mi&radius=24&online=hide`))).not.toContain("Far Circle");
  });

  it("never shows listings that are not published", async () => {
    const all = await search(`${near}&radius=100`);
    expect(names(all).some((n) => n.startsWith("Hidden"))).toBe(false);
  });

  it("hides or isolates online groups on request", async () => {
    expect(names(await search(`${near}&online=hide`))).not.toContain("Online Circle");
    expect(names(await search(`${near}&online=only`))).toEqual(["Online Circle"]);
    expect(names(await search(`${near}&format=online`))).toEqual(["Online Circle"]);
  });
});

describe("filters combine", () => {
  it.each([
    ["day=tue", ["Near Circle", "Hybrid Circle", "Online Circle"]],
    ["day=thu&time=morning", ["Middle Circle"]],
    ["time=evening", ["Near Circle"]],
    ["audience=partners", ["Near Circle"]],
    ["audience=nicu", ["Hybrid Circle", "Online Circle"]],
    ["lang=es", ["Near Circle"]],
    ["cost=paid", ["Middle Circle"]],
    ["childcare=1", ["Middle Circle"]],
    ["venue=library", ["Middle Circle"]],
    ["format=hybrid", ["Hybrid Circle"]],
    ["format=in-person&format=hybrid&radius=50&access=1", ["Far Circle"]],
    ["babies=1&cost=free&online=hide", ["Near Circle", "Hybrid Circle"]],
    ["day=tue&cost=paid", []],
  ])("%s", async (query, expected) => {
    expect(names(await search(`${near}&radius=10&${query}`))).toEqual(expected);
  });
});

describe("free text", () => {
  it("tolerates typos and accents", async () => {
    // These words replace the marker, so online demo groups could match too: hide them.
    const local = `${near}&radius=10&online=hide`;
    expect(names(await search(`${local}&q=brestfeeding`))).toEqual(["Middle Circle"]);
    expect(names(await search(`${local}&q=creche`))).toEqual(["Middle Circle"]);
    expect(names(await search(`${local}&q=CRÈCHE`))).toEqual(["Middle Circle"]);
  });

  it("says when it corrected a word, and matches word beginnings", async () => {
    const local = `${near}&radius=10&online=hide`;
    const corrected = await search(`${local}&q=brestfeeding`);
    expect(corrected.text).toMatchObject({ words: ["breastfeeding"], corrected: true });
    const exact = await search(`${local}&q=breastfeed`);
    expect(exact.text?.corrected).toBe(false);
    expect(names(exact)).toEqual(["Middle Circle"]);
    expect(names(await search(`${local}&q=zzqqxxyy`))).toEqual([]);
  });

  it("searches everywhere when no place is given", async () => {
    const outcome = await search(`q=${MARKER}`);
    expect(names(outcome).sort()).toEqual(["Far Circle", "Hybrid Circle", "Middle Circle", "Near Circle", "Online Circle"]);
  });
});

describe("pagination and bad input", () => {
  it("pages through the demo data with stable totals", async () => {
    const first = await search("online=only");
    const second = await search("online=only&page=2");
    expect(first.total).toBeGreaterThan(20);
    expect(first.results).toHaveLength(20);
    expect(second.total).toBe(first.total);
    expect(second.results.map((r) => r.slug)).not.toContain(first.results[0]?.slug);
    const past = await search("online=only&page=400");
    expect(past.results).toEqual([]);
    expect(past.total).toBe(first.total);
  });

  it("reports bad values and keeps the rest of the search", async () => {
    const outcome = await search(`${near}&radius=banana&day=someday&page=-3&colour=blue`);
    expect(outcome.problems.map((p) => p.param).sort()).toEqual(["colour", "day", "page", "radius"]);
    expect(names(outcome)).toEqual(["Near Circle", "Middle Circle", "Hybrid Circle", "Online Circle"]);
  });
});
