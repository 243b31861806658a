import type { PrismaClient } from "@/lib/db/generated/client";
import { radiusInMeters } from "@/lib/groups/group-cards";
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
