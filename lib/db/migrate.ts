import fs from "node:fs/promises";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { noFilters, openSchemaEngine, readMigrations, schemaPath } from "./schema-engine";

/** Applies pending migrations from prisma/migrations; returns the names applied. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that would take a database built from the migrations to what schema.prisma
 * describes. Empty when the two agree.
 */
export async function diffMigrationsToSchema(factory: SqlMigrationAwareDriverAdapterFactory, schemaText?: string): Promise<string> {
  const engine = await openSchemaEngine(factory);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrations()) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText ?? (await fs.readFile(schemaPath, "utf8")) }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  } finally {
    engine.free();
  }
}
