import http from "node:http";
import type { AddressInfo } from "node:net";

export type LoopbackProxy = { url: string; close: () => Promise<void> };

/**
 * A forward HTTP proxy that reaches the site from `localAddress`, one of this machine's
 * loopback addresses (Linux answers on all of 127.0.0.0/8). A browser context using it
 * arrives from an address of its own, as a separate visitor would: the site takes a
 * visitor's address from the connection, not from anything the browser sends.
 */
export async function startLoopbackProxy(localAddress: string): Promise<LoopbackProxy> {
  const server = http.createServer((request, response) => {
    // A proxy is sent the whole URL: http://localhost:3100/path?query.
    const target = new URL(request.url ?? "/");
    const headers = { ...request.headers };
    delete headers["proxy-connection"];
    const upstream = http.request(
      {
        host: target.hostname === "localhost" ? "127.0.0.1" : target.hostname,
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        method: request.method,
        headers,
        localAddress,
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
