import { freshDatabaseEnv } from "../tests/helpers/test-databases";
import { databaseKinds, runStep } from "./run-step";

// Integration tests run against real databases: embedded PGlite, and the PostgreSQL
// server as well when DATABASE_URL is set. Each run starts from a fresh database.
for (const kind of databaseKinds()) {
  const env = await freshDatabaseEnv(kind, "integration");
  runStep(`Integration tests on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}`, "npx", ["vitest", "run", "--project", "integration"], env);
}
