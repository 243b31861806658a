import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/pglite";
import { migrateDatabase } from "@/lib/db/run-migrations";

// The embedded database's safety: `kill -9` of the site while organisers are writing loses
// no listing the site said "thank you" for, and the next start opens it cleanly; and
// `npm run db:backup` / `db:restore` bring a wiped database back. PGlite only: a PostgreSQL
// server survives its clients by design and has its own backup tools, and the PGlite pass
// runs first in every `npm test`.
const onPostgres = Boolean(process.env.DATABASE_URL);
const dir = `.data/durability-test-pglite-${process.pid}`;
let acknowledged: string[] = [];

/** The crash writer's listings in the database in `dataDir`, with their SUBMITTED audit counts. */
async function storedListings(dataDir: string): Promise<Map<string, number>> {
  const pglite = await openPglite(dataDir);
  try {
    const { rows } = await pglite.query<{ slug: string; audits: number }>(
      `SELECT g."slug", (SELECT count(*)::int FROM "AuditEntry" a WHERE a."groupId" = g."id" AND a."action" = 'SUBMITTED') AS audits
       FROM "Group" g WHERE g."slug" LIKE 'crash-safe-circle-%'`,
    );
    return new Map(rows.map((r) => [r.slug, r.audits]));
  } finally {
    await pglite.close();
  }
}

/** `npm run <script> -- args` on the test's data folder. */
function npmRun(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync("npm", ["run", "--silent", script, "--", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dir, ...env } });
}

/** Runs the writer on `dataDir` until it has acknowledged `atLeast` listings, then SIGKILLs it mid-stream. */
async function writeThenKill(dataDir: string, atLeast: number): Promise<{ acknowledged: string[]; signal: string | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/pglite-crash-writer.ts"], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const acknowledged: string[] = [];
  const exited = new Promise<string | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  for await (const line of readline.createInterface({ input: child.stdout })) {
    if (line.startsWith("ok ")) acknowledged.push(line.slice(3));
    if (acknowledged.length === atLeast) {
      // A moment later, so the kill lands inside the next submission's transaction or commit.
      setTimeout(() => child.kill("SIGKILL"), 5 + Math.floor(Math.random() * 40));
    }
  }
  return { acknowledged, signal: await exited };
}

describe.skipIf(onPostgres)("the embedded database (runs on the PGlite pass)", () => {
  beforeAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterAll(() => {
    for (const entry of fs.readdirSync(".data")) if (entry.startsWith(dir.slice(".data/".length))) fs.rmSync(`.data/${entry}`, { recursive: true, force: true });
  });

  it("keeps every acknowledged listing through kill -9 and opens cleanly", { timeout: 300_000 }, async () => {
    const run = await writeThenKill(dir, 25);
    acknowledged = run.acknowledged;
    expect(run.signal).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    // The next start: migrations find nothing to do, and the data is all there.
    expect(await migrateDatabase({ kind: "pglite", dataDir: dir })).toEqual([]);
    const stored = await storedListings(dir);
    expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);
    // Nothing half-written: every stored listing has its audit entry, acknowledged or not.
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    // At most the one in flight when the kill came is there unacknowledged.
    expect(stored.size - acknowledged.length).toBeLessThanOrEqual(1);

    // It answers, and takes writes.
    const pglite = await openPglite(dir);
    try {
      await pglite.query(`UPDATE "Group" SET "name" = "name" || ' (checked)' WHERE "slug" = $1`, [acknowledged[0]]);
      const check = await pglite.query<{ name: string }>(`SELECT "name" FROM "Group" WHERE "slug" = $1`, [acknowledged[0]]);
      expect(check.rows[0]?.name).toMatch(/\(checked\)$/);
    } finally {
      await pglite.close();
    }
  });

  it("db:backup, then a wipe, then db:restore brings the listings back", { timeout: 300_000 }, async () => {
    expect(acknowledged.length).toBeGreaterThan(0);
    const before = await storedListings(dir);
    const file = `${dir}-backup/village.tar.gz`;

    const backup = npmRun("db:backup", [file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`npm run db:restore -- ${file}`);
    fs.rmSync(dir, { recursive: true, force: true });

    const restore = npmRun("db:restore", [file]);
    expect(restore.status, restore.stderr).toBe(0);
    expect(await storedListings(dir)).toEqual(before);
    expect(await migrateDatabase({ kind: "pglite", dataDir: dir })).toEqual([]);

    // A restore over a database keeps the one it replaces, and a file that is no backup changes nothing.
    fs.writeFileSync(`${dir}-backup/not-a-backup.tar.gz`, "hello");
    const refused = npmRun("db:restore", [`${dir}-backup/not-a-backup.tar.gz`]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is not a backup");
    expect(await storedListings(dir)).toEqual(before);
    const again = npmRun("db:restore", [file]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/The database it replaced is kept in \S+before-restore/);
  });

  it("points at pg_dump and pg_restore when DATABASE_URL is set", () => {
    const env = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/not_used" };
    const backup = npmRun("db:backup", ["x.tar.gz"], env);
    expect(backup.status).toBe(1);
    expect(backup.stderr).toContain("pg_dump");
    const restore = npmRun("db:restore", ["x.tar.gz"], env);
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain("pg_restore");
  });
});
