import { closeDb, getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { siblingDatabaseUrl } from "../../tests/helpers/test-databases";
import { seedDemoData } from "../../prisma/seed";
import { seedSyntheticGroups } from "../../prisma/seed/synthetic";
import { ensureBuild } from "../ensure-build";
import { load, startServer, stopServer } from "./http-bench";
import { benchPlaces, benchQueries } from "./query-bench";
import pg from "pg";
import { readEnv } from "@/lib/env";

// `npm run bench [-- --groups N --runs N --seconds N --port N]`: fills a PostgreSQL database with N
// synthetic groups (100,000 by default), then prints search timings in the database and
// over HTTP, compared with a static page served by the same server.
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const groups = arg("groups", 100_000);
const runs = arg("runs", 50);
const seconds = arg("seconds", 10);
const port = arg("port", 3200);

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

await benchQueries(db, runs);
await benchPlaces(db, runs);
await (await import("./import-bench")).benchImport(db);
await closeDb();

ensureBuild();
const server = await startServer(port, { DATABASE_URL: url });
try {
  console.log(`\nHTTP, ${seconds} s each with 10 connections (autocannon reports p50/p90/p97.5/p99)`);
  for (const path of ["/about", "/groups?near=Austin&radius=10", "/api/groups?near=Austin&radius=10", "/groups?near=Chicago&q=breastfeeding&day=tue"]) {
    const r = await load(`http://localhost:${port}${path}`, seconds, 10);
    console.log(`${path.padEnd(48)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p97.5 ${r.p97_5} ms  p99 ${r.p99} ms  errors ${r.errors}`);
  }
} finally {
  stopServer(server);
}
