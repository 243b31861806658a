import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db-migrate.ts through Prisma's WebAssembly schema
// engine, so the CLI here is only used for `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
