// Generates the Prisma client into lib/db/generated.
//
// `prisma generate` needs no native engine, but every Prisma CLI command first checks
// for the schema-engine binary and tries to download it when missing, which fails on
// machines without internet access. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file skips that check. Set the variable yourself to use a real engine.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/prisma/build/index.js"), "generate"],
  { cwd: root, env, stdio: "inherit" },
);
process.exit(result.status ?? 1);
