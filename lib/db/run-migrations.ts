import { createAdapter, databaseTargetFromEnv, type DatabaseTarget } from "./adapter";
import { applyMigrations } from "./migrate";

/** Opens the configured database just long enough to apply pending migrations. */
export async function migrateDatabase(target: DatabaseTarget = databaseTargetFromEnv()): Promise<string[]> {
  const adapter = await createAdapter(target);
  try {
    return await applyMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
}

export function describeTarget(target: DatabaseTarget): string {
  return target.kind === "postgres" ? `PostgreSQL (${target.url.replace(/\/\/[^@]*@/, "//")})` : `embedded PGlite (${target.dataDir})`;
}
