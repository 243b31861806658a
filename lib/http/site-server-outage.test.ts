import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { markDatabaseUnavailable } from "./request-context";
import { createSiteServer } from "./site-server";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Line = Record<string, unknown>;

/** Serves `handle` behind the site server and keeps the lines it logs. */
async function start(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>) {
  const lines: Line[] = [];
  const logger = { info: (line: Line) => void lines.push(line), error: (line: Line) => void lines.push(line) };
  server = createSiteServer(handle, { trustedHops: 0, logger: logger as never });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { port: (server!.address() as AddressInfo).port, lines };
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

/** Like Next.js when a server component throws: a 500, written in pieces, after a query failed. */
async function failingPage(_request: http.IncomingMessage, response: http.ServerResponse) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  markDatabaseUnavailable();
  response.statusCode = 500;
  response.setHeader("Content-Type", "text/html");
  response.setHeader("X-Frame-Options", "DENY");
  response.write("<html>Internal");
  response.end(" Server Error</html>");
}

describe("the site server when the database is unavailable", () => {
  it("answers a page's 500 with 503, Retry-After, the kind page and the crisis lines", async () => {
    const { port } = await start(failingPage);
    const reply = await get(port, "/groups?near=Austin");
    expect(reply.status).toBe(503);
    expect(Number(reply.headers["retry-after"])).toBeGreaterThan(0);
    expect(reply.headers["content-type"]).toContain("text/html");
    expect(reply.headers["x-frame-options"]).toBe("DENY");
    expect(reply.body).toContain("back shortly");
    expect(reply.body).toContain("988");
    expect(reply.body).toContain("1-833-852-6262");
    expect(reply.body).toContain('href="/help-now"');
    expect(reply.body).not.toContain("Internal");
  });

  it.each(["/api/groups?near=Austin", "/feeds/meeting-guide.json"])("answers a 500 from %s with 503 JSON", async (path) => {
    const { port } = await start(failingPage);
    const reply = await get(port, path);
    expect(reply.status).toBe(503);
    expect(reply.headers["retry-after"]).toBeDefined();
    expect(reply.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(reply.body)).toMatchObject({ error: "database_unavailable" });
  });

  it("leaves a 500 alone when the database was not the cause, and a route's own 503", async () => {
    const plain = await start((_request, response) => {
      response.statusCode = 500;
      response.end("broken");
    });
    expect(await get(plain.port, "/")).toMatchObject({ status: 500, body: "broken" });
    server!.close();
    const ready = await start((_request, response) => {
      markDatabaseUnavailable();
      response.writeHead(503, { "Content-Type": "application/json" });
      response.end('{"status":"unavailable"}');
    });
    expect(await get(ready.port, "/api/health/ready")).toMatchObject({ status: 503, body: '{"status":"unavailable"}' });
  });
});

describe("the site server when the database is fine", () => {
  it("keeps what Next.js wraps around the response after us (its compression) in the chain", async () => {
    const { port } = await start((_request, response) => {
      // As compression does: the instance's write and end, replaced after the server's.
      const write = response.write as (chunk: string) => boolean;
      const end = response.end as (chunk: string) => http.ServerResponse;
      response.write = ((chunk: string) => write.call(response, chunk.toUpperCase())) as typeof response.write;
      response.end = ((chunk: string) => end.call(response, chunk.toUpperCase())) as typeof response.end;
      response.write("streamed, ");
      response.end("then ended");
    });
    expect(await get(port, "/")).toMatchObject({ status: 200, body: "STREAMED, THEN ENDED" });
  });
});

describe("the site server's request log", () => {
  it("writes one line per request with an id, the path without its query, status and duration, and returns the id", async () => {
    const { port, lines } = await start((_request, response) => void response.end("ok"));
    const reply = await get(port, "/groups?near=Little%20Snoring&email=sam%40example.org");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reply.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: reply.headers["x-request-id"], method: "GET", path: "/groups", status: 200 });
    expect(typeof lines[0]?.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toMatch(/Snoring|example\.org/);
  });

  it("does not take a request id from a client when no proxy of ours is in front", async () => {
    const { port } = await start((_request, response) => void response.end("ok"));
    const reply = await get(port, "/", { "x-request-id": "chosen-by-client" });
    expect(reply.headers["x-request-id"]).not.toBe("chosen-by-client");
  });
});
