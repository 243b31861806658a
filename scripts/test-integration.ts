import { freshDatabaseEnv } from "../tests/helpers/test-databases";
import { databaseKinds, runAttempt } from "./run-step";

// Integration tests run against real databases: embedded PGlite, and the PostgreSQL
// server as well when DATABASE_URL is set. Each run starts from a fresh database.

// A whole run takes about a minute; this is far past any slow machine.
const STALL_AFTER_MS = 10 * 60_000;

// PGlite runs queries on the calling thread, inside WebAssembly: if one never returns,
// neither the test's timeout nor vitest's can fire. Such a run is stopped and made again,
// once, from a fresh database; a second stall, or any stall on the PostgreSQL server,
// fails the step.
for (const kind of databaseKinds()) {
  const label = `Integration tests on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}`;
  const attempts = kind === "pglite" ? 2 : 1;
  for (let attempt = 1; ; attempt++) {
    console.log(`\n▶ ${label}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
    const env = await freshDatabaseEnv(kind, "integration");
    const outcome = await runAttempt("npx", ["vitest", "run", "--project", "integration"], env, STALL_AFTER_MS);
    if (outcome === "passed") break;
    if (outcome === "stalled") console.error(`\n!! ${label}: still running after ${STALL_AFTER_MS / 60_000} minutes, stopped.`);
    if (outcome === "failed" || attempt >= attempts) {
      console.error(`✖ ${label} failed`);
      process.exit(1);
    }
  }
}
