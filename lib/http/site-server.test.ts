import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { createSiteServer } from "./site-server";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Starts the server with a handler that answers with the address code behind it would see. */
async function start(trustedHops: number): Promise<number> {
  server = createSiteServer(
    (request, response) => {
      const headers = new Headers(Object.entries(request.headers).map(([name, value]): [string, string] => [name, String(value)]));
      response.end(request.url === "/forwarded" ? String(headers.get("x-forwarded-host")) : clientAddress(headers));
    },
    { trustedHops, logger: { info: () => {}, error: () => {} } as never },
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server!.address() as AddressInfo).port;
}

function seenAddress(port: number, headers: Record<string, string>, path = "/"): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("createSiteServer", () => {
  it("by default states the connection's own address, whatever the client claims", async () => {
    const port = await start(0);
    for (const forged of ["198.51.100.1", "198.51.100.2, 198.51.100.3"]) {
      expect(await seenAddress(port, { "x-forwarded-for": forged, "x-real-ip": forged, [CLIENT_ADDRESS_HEADER]: forged })).toBe("127.0.0.1");
    }
  });

  it("by default drops the other X-Forwarded headers a client sends", async () => {
    const port = await start(0);
    expect(await seenAddress(port, { "x-forwarded-host": "evil.example" }, "/forwarded")).toBe("null");
  });

  it("behind one trusted proxy states the address that proxy appended", async () => {
    const port = await start(1);
    expect(await seenAddress(port, { "x-forwarded-for": "6.6.6.6, 198.51.100.7", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).toBe("198.51.100.7");
  });
});
