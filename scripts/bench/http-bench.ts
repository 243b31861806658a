import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { cpuBetween, sampleCpu } from "./cpu-time";

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // The same server as `npm start`, without its build and database steps (done by now).
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve-site.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`http://localhost:${port}/about`, 60_000);
  return server;
}

export function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

export type LoadResult = {
  url: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request: the site server's, and PostgreSQL's for this database. */
  serverCpuMs: number;
  databaseCpuMs: number;
};

export type Watched = { serverPid: number; database: string };

/**
 * Requests per second and latency percentiles for one URL under steady load, after one
 * answer and a second of warm-up. Errors count failed connections (timeouts included) and answers other than 2xx.
 */
export async function load(url: string, seconds: number, connections: number, watched: Watched, headers: Record<string, string> = {}): Promise<LoadResult> {
  // Compressed, as browsers ask: the server sends brotli.
  const allHeaders = { "accept-encoding": "br, gzip", ...headers };
  // The server may still be working through the backlog of a run before (renders whose
  // clients have gone): one answer first, so each run measures itself.
  await fetch(url, { headers: allHeaders, signal: AbortSignal.timeout(120_000) });
  await autocannon({ url, duration: 1, connections, headers: allHeaders });
  const before = sampleCpu(watched.serverPid, watched.database);
  const result = await autocannon({ url, duration: seconds, connections, headers: allHeaders, timeout: 10 });
  const cpu = cpuBetween(before, sampleCpu(watched.serverPid, watched.database));
  const requests = Math.max(1, result.requests.total);
  return {
    serverCpuMs: (cpu.server * 1000) / requests,
    databaseCpuMs: (cpu.database * 1000) / requests,
    url,
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
