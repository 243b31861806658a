import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readEnv } from "@/lib/env";
import { watchForOutage } from "./outage";
import { openPglite } from "./pglite";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database. */
export function databaseTargetFromEnv(source: Record<string, string | undefined> = process.env): DatabaseTarget {
  const env = readEnv(source);
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR ?? ".data/pglite" };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
 * function bodies. PostgreSQL's simple query protocol runs a whole multi-statement script
 * in one call, which is what migrations need.
 */
function runScriptsWhole<A extends SqlDriverAdapter>(adapter: A): A {
  const client = (adapter as unknown as { client: { query: (sql: string) => Promise<unknown> } }).client;
  adapter.executeScript = async (script: string) => {
    await client.query(script);
  };
  return adapter;
}

export type AdapterHandle = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

/**
 * Pool settings that make a database that is down or hung fail in about a second instead of
 * leaving visitors waiting on the operating system's TCP timeouts (minutes): a connection
 * that has not answered in DATABASE_CONNECT_TIMEOUT_MS, or waited that long for a free
 * slot in the pool, fails. The site server also sets DATABASE_STATEMENT_TIMEOUT_MS
 * (scripts/serve-site.ts): PostgreSQL cancels a longer statement, and the client gives up
 * shortly after in case the server itself no longer answers. Scripts (migrations, the
 * gazetteer load) run without a statement timeout.
 */
export function poolConfig(url: string, env = readEnv()): PoolConfig {
  const statementTimeout = env.DATABASE_STATEMENT_TIMEOUT_MS;
  return {
    connectionString: url,
    max: env.DATABASE_POOL_SIZE ?? 10,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    keepAlive: true,
    ...(statementTimeout ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + 500 } : {}),
  };
}

export async function createAdapter(target: DatabaseTarget): Promise<AdapterHandle> {
  if (target.kind === "postgres") {
    const base = new PrismaPg(poolConfig(target.url));
    const factory: SqlMigrationAwareDriverAdapterFactory = {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => watchForOutage(runScriptsWhole(await base.connect())),
      connectToShadowDb: async () => runScriptsWhole(await base.connectToShadowDb()),
    };
    return { factory, close: async () => {} };
  }
  const pglite = await openPglite(target.dataDir);
  const base = new PrismaPGlite(pglite);
  // The adapter's own shadow database lacks the extensions our migrations create.
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => new PrismaPGlite(await openPglite("memory://")).connect(),
  };
  return { factory, close: () => pglite.close() };
}
