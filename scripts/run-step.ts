import { spawn, spawnSync } from "node:child_process";

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

/**
 * Like runStep, but keeps this process's event loop running meanwhile, for steps that
 * talk to a server this process hosts (the end-to-end suite's SMTP server).
 */
export async function runStepAsync(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  console.log(`\n▶ ${label}`);
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(status ?? 1);
  }
}
