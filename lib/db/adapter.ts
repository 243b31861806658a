import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readEnv } from "@/lib/env";
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

export async function createAdapter(target: DatabaseTarget): Promise<AdapterHandle> {
  if (target.kind === "postgres") {
    const base = new PrismaPg({ connectionString: target.url, max: readEnv().DATABASE_POOL_SIZE ?? 10 });
    const factory: SqlMigrationAwareDriverAdapterFactory = {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => runScriptsWhole(await base.connect()),
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
