import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { toSearchResponse } from "@/lib/groups/api-views";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { createGroup, type GroupOverrides, type MeetingSeed } from "../factories/group-factory";

// Another quiet corner of Iceland, far from search.test.ts's, and Reykjavik's zone, which is
// UTC all year, so each expected date below can be read straight off the clock.
const ORIGIN = { lat: 65.05, lng: -16.7 };
const MARKER = "askjasoonest";
// A Wednesday, at noon.
const NOW = new Date("2026-12-02T12:00:00Z");

const east = (km: number) => ({ lat: ORIGIN.lat, lng: ORIGIN.lng + km / (111.32 * Math.cos((ORIGIN.lat * Math.PI) / 180)) });

let db: PrismaClient;

async function search(query: string, now = NOW) {
  const { filters, problems } = parseSearchParams(new URLSearchParams(query));
  return runSearch(db, filters, problems, now);
}
const names = (outcome: Awaited<ReturnType<typeof search>>) => outcome.results.map((r) => r.name);
const near = `lat=${ORIGIN.lat}&lng=${ORIGIN.lng}&unit=km&radius=25&q=${MARKER}`;

const weekly = (weekday: MeetingSeed["weekday"], startTime: string, extra: Partial<MeetingSeed> = {}): MeetingSeed => ({
  frequency: "WEEKLY",
  weekday,
  startTime,
  durationMinutes: 90,
  startDate: "2026-01-05",
  ...extra,
});

async function make(name: string, km: number | null, meetings: MeetingSeed[], overrides: GroupOverrides = {}) {
  return createGroup(db, {
    name,
    description: `A ${MARKER} test group.`,
    timeZone: "Atlantic/Reykjavik",
    meetings,
    ...(km === null
      ? { format: "ONLINE", location: null }
      : { location: { venueName: `${name} Hall`, addressLine1: "1 Test Road", locality: "Highlands", countryCode: "IS", ...east(km) } }),
    ...overrides,
  });
}

beforeAll(async () => {
  db = await getDb();
  await make("Monday Circle", 1, [weekly("MO", "10:00")]);
  await make("Wednesday Evening Circle", 9, [weekly("WE", "18:00")]);
  await make("Thursday Circle", 5, [weekly("TH", "09:00")]);
  // Started at 11:30 and runs until 13:00: still on at noon, so it comes first.
  await make("Running Now Circle", 7, [weekly("WE", "11:30")]);
  // The first Wednesday of December was this morning; the next is 6 January.
  await make("First Wednesday Circle", 2, [{ frequency: "MONTHLY_NTH", nthWeek: 1, weekday: "WE", startTime: "10:00", durationMinutes: 60, startDate: "2026-01-01" }]);
  // Tomorrow's meeting is cancelled, so the next is a week later.
  await make("Cancelled Tomorrow Circle", 3, [weekly("TH", "08:00", { cancellations: ["2026-12-03"] })]);
  // Two meetings: the Friday one is sooner than the Sunday one.
  await make("Two Meetings Circle", 4, [weekly("SU", "15:00"), weekly("FR", "19:00")]);
  await make("Online Afternoon Circle", null, [weekly("WE", "14:00")]);
});

describe("soonest first", () => {
  const soonest = ["Running Now Circle", "Online Afternoon Circle", "Wednesday Evening Circle", "Thursday Circle", "Two Meetings Circle", "Monday Circle", "Cancelled Tomorrow Circle", "First Wednesday Circle"];

  it("orders local and online groups together by their next meeting", async () => {
    const outcome = await search(`${near}&sort=soonest`);
    expect(names(outcome)).toEqual(soonest);
    expect(outcome.sort).toBe("soonest");
    expect(outcome.total).toBe(8);
    expect(outcome.localTotal).toBe(7);
    const starts = outcome.results.map((r) => r.nextMeeting?.start);
    expect(starts.slice(0, 3)).toEqual(["2026-12-02T11:30:00.000Z", "2026-12-02T14:00:00.000Z", "2026-12-02T18:00:00.000Z"]);
    expect(starts.at(-2)).toBe("2026-12-10T08:00:00.000Z");
    expect(starts.at(-1)).toBe("2027-01-06T10:00:00.000Z");
  });

  it("is nearest first by default, and when asked", async () => {
    const byDistance = ["Monday Circle", "First Wednesday Circle", "Cancelled Tomorrow Circle", "Two Meetings Circle", "Thursday Circle", "Running Now Circle", "Wednesday Evening Circle", "Online Afternoon Circle"];
    expect(names(await search(near))).toEqual(byDistance);
    expect(names(await search(`${near}&sort=nearest`))).toEqual(byDistance);
  });

  it("moves on as time passes", async () => {
    // At 18:30 the evening group is under way and the others have moved on a week.
    const outcome = await search(`${near}&sort=soonest`, new Date("2026-12-02T18:30:00Z"));
    expect(names(outcome).slice(0, 3)).toEqual(["Wednesday Evening Circle", "Thursday Circle", "Two Meetings Circle"]);
    expect(names(outcome).slice(-4)).toEqual(["Running Now Circle", "Online Afternoon Circle", "Cancelled Tomorrow Circle", "First Wednesday Circle"]);
  });

  it("keeps the other filters", async () => {
    expect(names(await search(`${near}&sort=soonest&online=hide&day=wed`))).toEqual(["Running Now Circle", "Wednesday Evening Circle", "First Wednesday Circle"]);
  });

  it("pages through every match in date order, each group once", async () => {
    const first = await search("online=only&sort=soonest");
    expect(first.pageCount).toBeGreaterThan(1);
    const seen: { slug: string; start: string | null }[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const outcome = await search(`online=only&sort=soonest&page=${page}`);
      expect(outcome.total).toBe(first.total);
      seen.push(...outcome.results.map((r) => ({ slug: r.slug, start: r.nextMeeting?.start ?? null })));
    }
    expect(new Set(seen.map((s) => s.slug)).size).toBe(first.total);
    const starts = seen.map((s) => s.start ?? "9999");
    expect(starts).toEqual([...starts].sort());
    expect((await search(`online=only&sort=soonest&page=${first.pageCount + 1}`)).results).toEqual([]);
  });

  it("says which order the API's results are in", async () => {
    const response = toSearchResponse(await search(`${near}&sort=soonest&page=1`), "https://village.example");
    expect(response.sort).toBe("soonest");
    expect(response.query).toMatchObject({ sort: "soonest" });
    expect(response.links.html).toContain("sort=soonest");
  });
});
