import type { Server } from "node:http";

type Steps = {
  server: Server;
  /** Closes Next.js, then the database pool: in that order, once no request is in flight. */
  closers: (() => Promise<void>)[];
  graceMs: number;
  exit?: (code: number) => void;
  log?: (message: string) => void;
};

/**
 * What a stop signal does: stop accepting connections, let the requests in flight finish,
 * close what the site holds open (Next.js, the database pool), then exit; past `graceMs`,
 * exit anyway. Returns the function to call with the signal.
 */
export function gracefulStop({ server, closers, graceMs, exit = process.exit, log = () => {} }: Steps): (signal: NodeJS.Signals) => Promise<void> {
  let stopping: Promise<void> | undefined;
  return (signal) => {
    // Ctrl-C reaches this process twice, from the terminal and from scripts/start.ts.
    stopping ??= new Promise<void>((resolve) => {
      log(`${signal}: finishing requests in flight, then stopping.`);
      setTimeout(() => exit(1), graceMs).unref();
      server.close(async () => {
        let code = 0;
        for (const close of closers) {
          try {
            await close();
          } catch {
            code = 1;
          }
        }
        exit(code);
        resolve();
      });
      // Keep-alive connections with no request in flight would otherwise hold close() open
      // until they time out, including those whose request finishes after this.
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 100).unref();
    });
    return stopping;
  };
}
