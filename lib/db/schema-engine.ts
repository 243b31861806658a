import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { readEnv } from "@/lib/env";

// Prisma's schema engine compiled to WebAssembly. The native engine is a download that
// offline machines cannot fetch; this one ships in an npm package and drives the same
// migration format and `_prisma_migrations` history through our driver adapters.

const require = createRequire(import.meta.url);
let instantiated: Promise<void> | undefined;

function instantiateEngine(): Promise<void> {
  // The package's entry imports the .wasm as an ES module, which Node refuses; load it by hand.
  instantiated ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const bytes = await fs.readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineModule as never });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (engineModule as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return instantiated;
}

export const projectRoot = process.cwd();
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  await instantiateEngine();
  const datamodel = await fs.readFile(schemaPath, "utf8");
  const Engine = (engineModule as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const log = (message: string) => {
    if (readEnv().DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return Engine.new({ datamodels: [[schemaPath, datamodel]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = (await fs.readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: await fs.readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      entries.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };
