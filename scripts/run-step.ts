import { spawnSync } from "node:child_process";

/** Runs a command with extra environment, exiting with its status if it fails. */
export function runStep(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

/** PGlite always; the PostgreSQL server too when DATABASE_URL is set. */
export function databaseKinds(): ("pglite" | "postgres")[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}
