import type { PrismaClient } from "@/lib/db/generated/client";
import { radiusInMeters, toGroupCard } from "@/lib/groups/group-cards";
import { listLanguagesInUse } from "@/lib/groups/languages";
import { groupCardSelect } from "@/lib/groups/public-select";
import { runSearch } from "@/lib/groups/run-search";
import { searchGroupIds } from "@/lib/groups/radius-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { interpretText } from "@/lib/groups/text-query";
import { resolvePlace } from "@/lib/geo/resolve-place";
import { ms, percentile, timeRuns } from "./stats";

export const SEARCHES: { name: string; query: string }[] = [
  { name: "city + radius (Austin, 10 mi)", query: "near=Austin&radius=10" },
  { name: "city + radius (London, 25 km)", query: "near=London&radius=25&unit=km" },
  { name: "postcode + radius (78704, 25 mi)", query: "near=78704&radius=25" },
  { name: "text + radius (Chicago, 'breastfeeding')", query: "near=Chicago&radius=25&q=breastfeeding" },
  { name: "typo text + radius (Toronto, 'brestfeding')", query: "near=Toronto&radius=25&unit=km&q=brestfeding" },
  { name: "filters (NYC, Tue evening, mothers, free)", query: "near=New York&radius=25&day=tue&time=evening&audience=mothers&cost=free" },
  { name: "online only + language + day", query: "online=only&lang=es&day=wed" },
  { name: "everywhere, text only ('twins')", query: "q=twins" },
];

/** Times the database search query alone, and the whole search (place, query, cards). */
export async function benchQueries(db: PrismaClient, runs: number) {
  console.log(`\nSearch query in the database (${runs} runs each, after 5 warm-up runs); "full" adds place lookup, spelling correction and loading the result cards`);
  console.log(`${"search".padEnd(48)}${"p50".padStart(10)}${"p95".padStart(10)}${"full p50".padStart(12)}${"full p95".padStart(12)}  results`);
  const rows = [];
  for (const { name, query } of SEARCHES) {
    const { filters, problems } = parseSearchParams(new URLSearchParams(query));
    const place = filters.near ? await resolvePlace(db, filters.near) : null;
    const unit = filters.unit ?? "mi";
    const origin = place?.status === "found" ? { lat: place.place.lat, lng: place.place.lng, radiusMeters: radiusInMeters(filters.radius, unit) } : null;
    const text = await interpretText(db, filters.q);
    const query_ = () => searchGroupIds(db, filters, origin, text);
    await timeRuns(5, query_);
    const dbTimes = await timeRuns(runs, query_);
    const fullTimes = await timeRuns(runs, () => runSearch(db, filters, problems));
    const total = (await query_()).total;
    const row = { name, p50: percentile(dbTimes, 50), p95: percentile(dbTimes, 95), fullP50: percentile(fullTimes, 50), fullP95: percentile(fullTimes, 95), total };
    rows.push(row);
    console.log(`${name.padEnd(48)}${ms(row.p50)}${ms(row.p95)}  ${ms(row.fullP50)}  ${ms(row.fullP95)}  ${total}`);
  }
  return rows;
}

export const PLACES = ["Austin", "78704", "Zurich", "Portland", "Austni", "Lodnon", "Sna Francisco"];

/** Times turning what a visitor typed into a place: exact names, postcodes, and typos that need suggestions. */
export async function benchPlaces(db: PrismaClient, runs: number) {
  console.log(`\nPlace lookup (${runs} runs each, after 5 warm-up runs)`);
  console.log(`${"typed".padEnd(48)}${"p50".padStart(10)}${"p95".padStart(10)}  answer`);
  for (const typed of PLACES) {
    const lookup = () => resolvePlace(db, typed);
    await timeRuns(5, lookup);
    const times = await timeRuns(runs, lookup);
    const result = await lookup();
    const answer = result.status === "found" ? result.place.label : result.status === "not-found" ? `did you mean ${result.suggestions[0]?.label ?? "nothing"}` : result.status;
    console.log(`${typed.padEnd(48)}${ms(percentile(times, 50))}${ms(percentile(times, 95))}  ${answer}`);
  }
}

/**
 * Where one search's time goes, phase by phase, each timed on its own (p50 of `runs`): the
 * place lookup, spelling correction, the search query, loading the cards, working out each
 * card's next meeting and wording, and the filter's language list (kept for a minute by the
 * page; timed here uncached).
 */
export async function benchPhases(db: PrismaClient, runs: number, query: string) {
  const { filters } = parseSearchParams(new URLSearchParams(query));
  const now = new Date();
  const place = filters.near ? await resolvePlace(db, filters.near) : null;
  const unit = filters.unit ?? "mi";
  const origin = place?.status === "found" ? { lat: place.place.lat, lng: place.place.lng, radiusMeters: radiusInMeters(filters.radius, unit) } : null;
  const text = await interpretText(db, filters.q, now);
  const { hits } = await searchGroupIds(db, filters, origin, text, now);
  const records = await db.group.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: groupCardSelect });
  const phases: [string, () => Promise<unknown>][] = [
    ["place lookup", () => (filters.near ? resolvePlace(db, filters.near) : Promise.resolve())],
    ["spelling", () => interpretText(db, filters.q, now)],
    ["search query (page + totals)", () => searchGroupIds(db, filters, origin, text, now)],
    ["card query (Prisma, 5 statements)", () => db.group.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: groupCardSelect })],
    ["next meetings and wording (20 cards)", async () => records.map((r) => toGroupCard(r, null, unit, now))],
    ["language list (uncached)", () => listLanguagesInUse(db, now)],
  ];
  console.log(`\nWhere a search's time goes: ${query} (${runs} runs each, p50, after 5 warm-up runs)`);
  for (const [label, run] of phases) {
    await timeRuns(5, run);
    console.log(`${label.padEnd(48)}${ms(percentile(await timeRuns(runs, run), 50))}`);
  }
}
