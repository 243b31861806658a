import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchCalendar } from "@/app/[locale]/(site)/groups/calendar.ics/route";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { collectSearchResults } from "@/lib/groups/collect-search";
import { loadPublicGroupDetails } from "@/lib/groups/public-group-details";
import { runSearch } from "@/lib/groups/run-search";
import { PAGE_SIZE, parseSearchParams } from "@/lib/groups/search-params";
import { monthsBefore } from "@/lib/listings/lifecycle";
import { createGroup, type GroupOverrides } from "../factories/group-factory";

// The Faroe Islands, where no demo group meets: every local result is one made here, and
// each carries the marker word. More public groups than one page of results, so the feed
// has to gather the search page after page.
const TOWN = { lat: 62.0079, lng: -6.7909 };
const MARKER = "nolsoyfjord";
const origin = "http://village.test";
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const PUBLIC_LOCAL = PAGE_SIZE + 3;

let db: PrismaClient;
const hidden: string[] = [];
const now = new Date();

const near = `lat=${TOWN.lat}&lng=${TOWN.lng}&radius=30&unit=km&q=${MARKER}`;

async function make(name: string, km: number | null, overrides: GroupOverrides = {}) {
  return createGroup(db, {
    name,
    description: `A ${MARKER} test group.`,
    timeZone: "Atlantic/Faroe",
    ...(km === null
      ? { format: "ONLINE", location: null }
      : { location: { venueName: `${name} Hall`, addressLine1: "1 Test Road", locality: "Tórshavn", countryCode: "FO", lat: TOWN.lat, lng: TOWN.lng + km / 52 } }),
    ...overrides,
  });
}

const feed = (query: string) => searchCalendar(new Request(`${origin}/groups/calendar.ics?${query}`));
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

/** The group pages the feed's events link to, each once, in order of first appearance. */
async function feedGroups(query: string): Promise<string[]> {
  const response = await feed(query);
  expect(response.status).toBe(200);
  const events = (await response.text()).split("BEGIN:VEVENT").slice(1);
  const slugs = events.map((e) => unfold(e).find((l) => l.startsWith("URL;VALUE=URI:"))!.replace(`URL;VALUE=URI:${origin}/groups/`, ""));
  return [...new Set(slugs)];
}

/** Every slug the search itself shows, page by page. */
async function searchSlugs(query: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const { filters, problems } = parseSearchParams(new URLSearchParams(`${query}&page=${page}`));
    const outcome = await runSearch(db, filters, problems, now);
    slugs.push(...outcome.results.map((r) => r.slug));
    if (page >= outcome.pageCount) return slugs;
  }
}

beforeAll(async () => {
  db = await getDb();
  for (let i = 0; i < PUBLIC_LOCAL; i++) {
    await make(`Faroe Circle ${String(i + 1).padStart(2, "0")}`, 1 + i * 0.5, {
      meetings: [{ frequency: "WEEKLY", weekday: WEEKDAYS[i % 7]!, startTime: "10:00", durationMinutes: 60, startDate: "2026-01-05" }],
    });
  }
  await make("Faroe Online Circle", null, { meetings: [{ frequency: "WEEKLY", weekday: "WE", startTime: "20:00", durationMinutes: 60, startDate: "2026-01-07" }] });
  await make("Faroe Far Circle", 200);
  for (const status of ["PENDING", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) hidden.push((await make(`Faroe Hidden ${status}`, 2, { status })).slug);
  hidden.push((await make("Faroe Unconfirmed Circle", 2, { lastConfirmedAt: monthsBefore(now, 13) })).slug);
});

describe("the calendar of a search", () => {
  it("holds every group the search shows, across its pages, and nothing else", async () => {
    const shown = await searchSlugs(near);
    expect(shown).toHaveLength(PUBLIC_LOCAL + 1);
    const inFeed = await feedGroups(near);
    expect(inFeed.sort()).toEqual([...shown].sort());
    for (const slug of hidden) expect(inFeed).not.toContain(slug);
    expect(inFeed.some((s) => s.startsWith("faroe-far-circle"))).toBe(false);
  });

  it("follows the filters exactly as the search does", async () => {
    for (const query of [`${near}&day=wed`, `${near}&online=only`, `${near}&online=hide&day=mon,tue`, `${near}&sort=soonest`]) {
      const shown = await searchSlugs(query);
      expect(shown.length, query).toBeGreaterThan(0);
      expect((await feedGroups(query)).sort(), query).toEqual([...shown].sort());
    }
  });

  it("is a subscribable calendar named after the search, pointing back to it", async () => {
    const response = await feed(`${near}&page=2&utm_source=newsletter`);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const lines = unfold(await response.text());
    expect(lines.find((l) => l.startsWith("X-WR-CALNAME:"))).toBe(`X-WR-CALNAME:Village: Support groups near your location (“${MARKER}”)`);
    // The feed is the whole search: the page asked for and unknown parameters are dropped from its link.
    expect(lines).toContain(`URL:${origin}/groups?lat=62.0079&lng=-6.7909&radius=30&unit=km&q=${MARKER}`);
    expect(lines.find((l) => l.startsWith("X-WR-CALDESC:"))).toContain(`${PUBLIC_LOCAL} groups within 30 km of your location\\, and 1 online group.`);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(PUBLIC_LOCAL + 1);
  });

  it("refuses a value it cannot use with a 400 that says why, and an unknown place with a 404", async () => {
    const bad = await feed("near=Austin&radius=lots&day=someday");
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain("radius=lots: Distance must be a number");
    expect(text).toContain('"someday" is not a day');
    const nowhere = await feed("near=Qqqxqzzville");
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).toContain('We could not find the place "Qqqxqzzville"');
  });
});

describe("collectSearchResults", () => {
  it("gathers the search's pages in its own order and stops at the limit", async () => {
    const { filters, problems } = parseSearchParams(new URLSearchParams(`${near}&page=2`));
    const all = await collectSearchResults(db, filters, problems, { now });
    expect(all.results.map((r) => r.slug)).toEqual(await searchSlugs(near));
    expect(all).toMatchObject({ capped: false, page: 1, total: PUBLIC_LOCAL + 1 });

    const few = await collectSearchResults(db, filters, problems, { now, limit: 5 });
    expect(few.results.map((r) => r.slug)).toEqual(all.results.slice(0, 5).map((r) => r.slug));
    expect(few).toMatchObject({ capped: true, limit: 5, total: PUBLIC_LOCAL + 1 });
  });

  it("loads whole public groups in the order asked, leaving out any that are not public", async () => {
    const { filters, problems } = parseSearchParams(new URLSearchParams(near));
    const slugs = (await collectSearchResults(db, filters, problems, { now })).results.map((r) => r.slug).slice(0, 3).reverse();
    const details = await loadPublicGroupDetails(db, [slugs[0]!, ...hidden, slugs[1]!, slugs[2]!], now);
    expect(details.map((d) => d.slug)).toEqual(slugs);
    expect(details[0]).toHaveProperty("joinInstructions");
    expect(details[0]).not.toHaveProperty("contactEmail");
  });
});
