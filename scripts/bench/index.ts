import os from "node:os";
import { closeDb, getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { siblingDatabaseUrl } from "../../tests/helpers/test-databases";
import { seedDemoData } from "../../prisma/seed";
import { seedSyntheticGroups } from "../../prisma/seed/synthetic";
import { ensureBuild } from "../ensure-build";
import { load, startServer, stopServer, type LoadResult } from "./http-bench";
import { formatLighthouse, lighthouseMedian, type LighthouseFigures } from "./lighthouse-bench";
import { benchPhases, benchPlaces, benchQueries } from "./query-bench";
import { printVerdict, type Check } from "./targets";
import pg from "pg";
import { readEnv } from "@/lib/env";

// `npm run bench [-- --groups N --runs N --seconds N --port N --lighthouse-runs N]`: fills a
// PostgreSQL database with N synthetic groups (100,000 by default), then prints, in one run,
// search timings in the database, HTTP throughput and latency at 10 and 50 connections for a
// static page, the JSON API, the search page and a group page, Lighthouse's mobile figures for
// four pages, the ratios between them, and whether each target is met (the exit code says so).
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const groups = arg("groups", 100_000);
const runs = arg("runs", 50);
const seconds = arg("seconds", 10);
const port = arg("port", 3200);
const lighthouseRuns = arg("lighthouse-runs", 3);

const settings = readEnv();
const base = settings.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const url = settings.BENCH_DATABASE_URL ?? siblingDatabaseUrl(base, "village_bench");
const name = new URL(url).pathname.slice(1);
const admin = new pg.Client({ connectionString: base });
await admin.connect();
if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();

process.env.DATABASE_URL = url;
console.log(`Benchmark database: ${url}`);
console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (other work on it counts against every figure below)`);
await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }) });
const db = await getDb();
const existing = await db.group.count({ where: { id: { startsWith: "syn_" } } });
if (existing < groups) {
  const started = Date.now();
  await seedSyntheticGroups(db, groups, (done: number, total: number) => process.stdout.write(`\rSynthetic groups: ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`));
  console.log(`\nSeeded ${groups.toLocaleString("en")} synthetic groups in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // As autovacuum would in production: statistics, and the visibility map index-only scans rely on.
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
}
console.log(`Published groups in the database: ${(await db.group.count({ where: { status: "PUBLISHED" } })).toLocaleString("en")}`);

const searches = await benchQueries(db, runs);
await benchPlaces(db, runs);
await benchPhases(db, runs, "near=Austin&radius=10");
await benchPhases(db, runs, "near=Toronto&radius=25&unit=km&q=brestfeding");
await (await import("./import-bench")).benchImport(db);
await closeDb();

ensureBuild();
const origin = `http://localhost:${port}`;
const server = await startServer(port, { DATABASE_URL: url });
const http: Record<string, LoadResult> = {};
const pages: LighthouseFigures[] = [];
try {
  const austin = (await (await fetch(`${origin}/api/groups?near=Austin&radius=10`)).json()) as { results: { slug: string }[] };
  const groupPath = `/groups/${austin.results[0]?.slug ?? ""}`;
  // A session cookie makes a page private: our page cache does not keep it, so it is rendered
  // for every request, as a search nobody made in the last minute is. The pages themselves
  // do not read the session.
  const rendered = { cookie: "next-auth.session-token=bench-rendered-every-time" };
  const targets: { key: string; label: string; path: string; headers?: Record<string, string> }[] = [
    { key: "static", label: "static page /about", path: "/about" },
    { key: "api", label: "JSON API (Austin, 10 mi)", path: "/api/groups?near=Austin&radius=10" },
    { key: "search", label: "search page, from the page cache", path: "/groups?near=Austin&radius=10" },
    { key: "searchRendered", label: "search page, rendered every time", path: "/groups?near=Austin&radius=10", headers: rendered },
    { key: "group", label: "group page, from the page cache", path: groupPath },
    { key: "groupRendered", label: "group page, rendered every time", path: groupPath, headers: rendered },
  ];
  const watched = { serverPid: server.pid!, database: name };
  console.log(`\nHTTP, ${seconds} s each after 1 s of warm-up, brotli accepted (autocannon). CPU per request is the site`);
  console.log("server's and PostgreSQL's own (for this database), whatever else runs; \"2-core ceiling\" is 2 cores divided by both.");
  console.log(`${"".padEnd(36)}${"conns".padStart(6)}${"req/s".padStart(9)}${"p50".padStart(9)}${"p99".padStart(9)}${"errors".padStart(8)}${"server CPU".padStart(12)}${"DB CPU".padStart(10)}${"2-core ceiling".padStart(16)}`);
  for (const target of targets) {
    for (const connections of [10, 50]) {
      const r = await load(`${origin}${target.path}`, seconds, connections, watched, target.headers);
      http[`${target.key}@${connections}`] = r;
      const ceiling = 2000 / Math.max(0.01, r.serverCpuMs + r.databaseCpuMs);
      console.log(
        `${target.label.padEnd(36)}${String(connections).padStart(6)}${r.requestsPerSecond.toFixed(0).padStart(9)}${`${r.p50} ms`.padStart(9)}${`${r.p99} ms`.padStart(9)}${String(r.errors).padStart(8)}` +
          `${`${r.serverCpuMs.toFixed(1)} ms`.padStart(12)}${`${r.databaseCpuMs.toFixed(1)} ms`.padStart(10)}${`${ceiling.toFixed(0)} req/s`.padStart(16)}`,
      );
    }
  }

  console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4x slower CPU), median of ${lighthouseRuns}; scripts and fonts as sent, compressed`);
  for (const path of ["/", "/groups?near=Austin&radius=10", groupPath, "/articles/why-support-groups-help"]) {
    const figures = await lighthouseMedian(origin, path, lighthouseRuns);
    pages.push(figures);
    console.log(formatLighthouse(figures));
  }
} finally {
  stopServer(server);
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "n/a");
const austinDb = searches[0]!;
const at = (key: string) => http[key]!;
console.log("\nRatios");
console.log(`search page req/s vs static page, 50 conns:           cached ${ratio(at("search@50").requestsPerSecond, at("static@50").requestsPerSecond)}, rendered ${ratio(at("searchRendered@50").requestsPerSecond, at("static@50").requestsPerSecond)}`);
console.log(`JSON API req/s vs search page rendered, 50 conns:     ${ratio(at("api@50").requestsPerSecond, at("searchRendered@50").requestsPerSecond)}`);
console.log(`group page rendered req/s vs search rendered, 50:     ${ratio(at("groupRendered@50").requestsPerSecond, at("searchRendered@50").requestsPerSecond)}`);
console.log(`search p50 over HTTP (rendered, 10 conns) vs the whole search in the database (Austin): ${ratio(at("searchRendered@10").p50, austinDb.fullP50)}`);
console.log(`p99 at 50 vs 10 connections: search rendered ${ratio(at("searchRendered@50").p99, at("searchRendered@10").p99)}, API ${ratio(at("api@50").p99, at("api@10").p99)}`);
const lighthouseMax = (pick: (f: LighthouseFigures) => number) => Math.max(...pages.map(pick));
console.log(`largest page's scripts vs the 110 KB budget: ${ratio(lighthouseMax((f) => f.scriptBytes), 110 * 1024)}; fonts vs 40 KB: ${ratio(lighthouseMax((f) => f.fontBytes), 40 * 1024)}`);

const checks: Check[] = [
  ...pages.flatMap((f) => [
    { what: `${f.path}: performance >= 0.97`, ok: f.performance >= 0.97, value: f.performance.toFixed(2) },
    { what: `${f.path}: LCP <= 1.8 s`, ok: f.lcpMs <= 1800, value: `${(f.lcpMs / 1000).toFixed(2)} s` },
    { what: `${f.path}: TBT <= 100 ms`, ok: f.tbtMs <= 100, value: `${f.tbtMs.toFixed(0)} ms` },
    { what: `${f.path}: CLS 0`, ok: f.cls < 0.001, value: f.cls.toFixed(3) },
    { what: `${f.path}: scripts <= 110 KB`, ok: f.scriptBytes <= 110 * 1024, value: `${(f.scriptBytes / 1024).toFixed(1)} KB` },
    { what: `${f.path}: fonts <= 40 KB`, ok: f.fontBytes <= 40 * 1024, value: `${(f.fontBytes / 1024).toFixed(1)} KB` },
  ]),
  { what: "search page, 50 conns: >= 100 req/s", ok: at("search@50").requestsPerSecond >= 100, value: `${at("search@50").requestsPerSecond.toFixed(0)} req/s` },
  { what: "search page, 50 conns: p99 <= 1 s", ok: at("search@50").p99 <= 1000, value: `${at("search@50").p99} ms` },
  { what: "search page, 50 conns: 0 errors", ok: at("search@50").errors === 0, value: String(at("search@50").errors) },
  ...(["api", "group"] as const).map((key) => ({
    what: `${key === "api" ? "JSON API" : "group page"}, 50 conns: at least as fast as the search page`,
    ok: at(`${key}@50`).requestsPerSecond >= Math.min(100, at("search@50").requestsPerSecond) && at(`${key}@50`).p99 <= 1000 && at(`${key}@50`).errors === 0,
    value: `${at(`${key}@50`).requestsPerSecond.toFixed(0)} req/s, p99 ${at(`${key}@50`).p99} ms, ${at(`${key}@50`).errors} errors`,
  })),
];
process.exitCode = printVerdict(checks) ? 0 : 1;
