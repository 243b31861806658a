import { spawn } from "node:child_process";
import { constants } from "node:os";

/**
 * Runs scripts/serve-site.ts in a process of its own under plain Node, passes SIGINT and
 * SIGTERM on to it, and exits when it does. Not in this process: the tsx command that runs
 * our scripts kills its script outright when it is slow to take a signal, and a PGlite
 * query holding the event loop is slow, so requests in flight would be cut off.
 */
export function runSiteServer({ dev }: { dev: boolean }): void {
  const args = ["--import", "tsx", "scripts/serve-site.ts", ...(dev ? ["--dev"] : [])];
  const server = spawn(process.execPath, args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));
}
