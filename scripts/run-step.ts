import { spawn, spawnSync } from "node:child_process";
import { readEnv } from "@/lib/env";

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
  return readEnv().DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
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

export type AttemptOutcome = "passed" | "failed" | "stalled";

/**
 * Runs a command in its own process group and kills the whole group if it is still
 * running after `timeoutMs`: a test worker stuck inside a synchronous call can't be
 * stopped by its own test timeouts.
 */
export async function runAttempt(command: string, args: string[], env: Record<string, string | undefined>, timeoutMs: number): Promise<AttemptOutcome> {
  const child = spawn(command, args, { stdio: "inherit", detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  let stalled = false;
  const timer = setTimeout(() => {
    stalled = true;
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  }, timeoutMs);
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  return stalled ? "stalled" : status === 0 ? "passed" : "failed";
}
