import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";

export type DatabaseProxy = {
  /** The port the site connects to instead of the database's own. */
  port: number;
  /** POST <controlUrl>/stop makes the database unreachable; POST <controlUrl>/start brings it back. */
  controlUrl: string;
  close: () => Promise<void>;
};

/**
 * A TCP proxy between the site and PostgreSQL that the end-to-end tests can cut, to see
 * what visitors get while the database is down and that the site comes back without a
 * restart. Stopped, it behaves like a database that died and whose host no longer answers:
 * open connections are reset, new ones are accepted and then hear nothing, so only the
 * site's own timeouts can end them. Both ports are chosen by the system.
 */
export async function startDatabaseProxy(target: { host: string; port: number }): Promise<DatabaseProxy> {
  let forwarding = true;
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const proxy = net.createServer((client) => {
    track(client);
    if (!forwarding) return; // Held open, unanswered.
    const upstream = net.connect(target);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });

  const control = http.createServer((request, response) => {
    if (request.method === "POST" && (request.url === "/stop" || request.url === "/start")) {
      forwarding = request.url === "/start";
      // Stopping resets what is open; starting drops what was held unanswered.
      for (const socket of open) socket.resetAndDestroy();
    }
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify({ forwarding }));
  });

  await Promise.all([proxy, control].map((server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))));
  return {
    port: (proxy.address() as AddressInfo).port,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of open) socket.destroy();
      await Promise.all([proxy, control].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

/** The same database URL, reached through the proxy. */
export function urlThroughProxy(databaseUrl: string, proxyPort: number): string {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(proxyPort);
  return url.toString();
}
