import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
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

export type AdapterHandle = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export async function createAdapter(target: DatabaseTarget): Promise<AdapterHandle> {
  if (target.kind === "postgres") {
    return {
      factory: new PrismaPg({ connectionString: target.url, max: readEnv().DATABASE_POOL_SIZE ?? 10 }),
      close: async () => {},
    };
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
