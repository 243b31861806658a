import fs from "node:fs";
import pg from "pg";

/** A database URL beside `baseUrl` with another database name. */
export function siblingDatabaseUrl(baseUrl: string, suffix: string): string {
  const url = new URL(baseUrl);
  const base = url.pathname.replace(/^\//, "") || "postgres";
  url.pathname = `/${base}_${suffix}`;
  return url.toString();
}

/** Drops and recreates the database named in `url`, connecting through `baseUrl`. */
export async function recreatePostgresDatabase(baseUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.replace(/^\//, "");
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate database with unusual name "${name}"`);
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export function removePgliteDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment for a test run on one database: embedded PGlite in a fresh folder, or a
 * fresh database beside DATABASE_URL on the PostgreSQL server.
 */
export async function freshDatabaseEnv(kind: "pglite" | "postgres", purpose: string): Promise<Record<string, string | undefined>> {
  if (kind === "pglite") {
    const dir = `.data/${purpose}-pglite`;
    removePgliteDir(dir);
    return { PGLITE_DATA_DIR: dir, DATABASE_URL: "" };
  }
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error("DATABASE_URL is not set");
  const url = siblingDatabaseUrl(baseUrl, `village_${purpose.replace(/-/g, "_")}`);
  await recreatePostgresDatabase(baseUrl, url);
  return { DATABASE_URL: url };
}
