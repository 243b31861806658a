import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { HTML_ONLY_MARKER } from "./html-only";
import { PageCache, sharedMaxAgeMs } from "./page-cache";
import { createSiteServer } from "./site-server";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const marker = `<meta name="${HTML_ONLY_MARKER.name}" content="${HTML_ONLY_MARKER.content}"/>`;
const nextPage = (body: string, head = marker) =>
  `<html><head>${head}<script src="/_next/static/chunks/app.js" async="" nonce="abc"></script></head><body>${body}${"<p>text</p>".repeat(200)}<script nonce="abc">self.__next_f.push([1,"x"])</script></body></html>`;

/** A server in front of a stand-in for Next.js that counts how often it renders. */
async function start(cache: PageCache | null) {
  const seen = { renders: 0, acceptEncoding: [] as (string | undefined)[] };
  server = createSiteServer(
    (request, response) => {
      seen.renders++;
      seen.acceptEncoding.push(request.headers["accept-encoding"]);
      response.setHeader("Content-Security-Policy", request.url === "/embed" ? "script-src 'self' 'nonce-abc'; frame-ancestors *" : "script-src 'self' 'nonce-abc'; frame-ancestors 'none'");
      response.setHeader("Link", '</_next/static/media/font.woff2>; rel=preload; as="font"; crossorigin=""; nonce="abc"; type="font/woff2"');
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      response.setHeader("Content-Type", request.url === "/data.json" ? "application/json" : "text/html; charset=utf-8");
      if (request.url === "/data.json") return void response.end(JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => i) }));
      if (request.url === "/api/shared") {
        response.setHeader("Cache-Control", "public, max-age=60");
        return void response.end(JSON.stringify({ renders: seen.renders }));
      }
      if (request.url === "/sign-in") return void response.end(nextPage("<form>sign in</form>", ""));
      if (request.url === "/help-now") return void response.end(nextPage("<h1>Help</h1>", marker.replace("/>", ' data-vary="Accept-Language"/>')));
      if (request.url === "/slow") {
        setTimeout(() => response.end(nextPage("<h1>Slow</h1>")), 100);
        return;
      }
      // Written in pieces, as Next.js streams.
      response.write(nextPage(`<h1>Page ${request.url}</h1>`).slice(0, 100));
      response.end(nextPage(`<h1>Page ${request.url}</h1>`).slice(100));
    },
    { trustedHops: 0, logger: { info: () => {}, error: () => {} } as never, delivery: { plainHtml: true, cache } },
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { port: (server!.address() as AddressInfo).port, seen };
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const body = encoding === "br" ? zlib.brotliDecompressSync(raw) : encoding === "gzip" ? zlib.gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

describe("page delivery", () => {
  it("sends a plain HTML page without Next.js's scripts, under a policy without a nonce", async () => {
    const { port } = await start(null);
    const page = await get(port, "/about");
    expect(page.body).toContain("<h1>Page /about</h1>");
    expect(page.body).not.toContain("_next/static/chunks/app.js");
    expect(page.body).not.toContain("__next_f");
    expect(page.body).not.toContain("nonce");
    expect(page.headers.link).toBe('</_next/static/media/font.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2"');
    expect(page.headers["content-security-policy"]).toBe("script-src 'self'; frame-ancestors 'none'");
    // The rest of the page's own policy stays, such as a route that may be framed.
    expect((await get(port, "/embed")).headers["content-security-policy"]).toBe("script-src 'self'; frame-ancestors *");
  });

  it("leaves a page that keeps React as Next.js made it", async () => {
    const { port } = await start(new PageCache(60_000));
    const page = await get(port, "/sign-in");
    expect(page.body).toContain("__next_f");
    expect(page.headers["content-security-policy"]).toBe("script-src 'self' 'nonce-abc'; frame-ancestors 'none'");
    expect(page.headers["cache-control"]).toContain("no-store");
  });

  it("compresses with brotli or gzip, as the client takes, and Next.js is not asked to", async () => {
    const { port, seen } = await start(null);
    const br = await get(port, "/data.json", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(br.body).items).toHaveLength(300);
    const gzip = await get(port, "/about", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    const plain = await get(port, "/about");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(plain.body));
    expect(seen.acceptEncoding).toEqual([undefined, undefined, undefined]);
  });

  it("keeps a page that is the same for everyone, marks it cacheable, and renders it once", async () => {
    const { port, seen } = await start(new PageCache(60_000));
    const first = await get(port, "/groups?near=Austin");
    const second = await get(port, "/groups?near=Austin", { "accept-encoding": "br" });
    expect(seen.renders).toBe(1);
    expect(second.body).toBe(first.body);
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=60");
    expect(second.headers.age).toBeDefined();
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
    await get(port, "/groups?near=Boston");
    expect(seen.renders).toBe(2);
  });

  it("renders a page once when many ask for it at the same time", async () => {
    const { port, seen } = await start(new PageCache(60_000));
    const pages = await Promise.all(Array.from({ length: 10 }, () => get(port, "/slow")));
    expect(seen.renders).toBe(1);
    expect(pages.every((page) => page.status === 200 && page.body.includes("<h1>Slow</h1>"))).toBe(true);
  });

  it("renders afresh for a signed-in visitor and for the router's own requests", async () => {
    const { port, seen } = await start(new PageCache(60_000));
    await get(port, "/groups?near=Austin");
    const signedIn = await get(port, "/groups?near=Austin", { cookie: "next-auth.session-token=abc" });
    await get(port, "/groups?near=Austin", { rsc: "1" });
    expect(seen.renders).toBe(3);
    expect(signedIn.headers["cache-control"]).toContain("no-store");
  });

  it("lets caches in front keep a page per language when it varies on it, and keeps none itself", async () => {
    const { port, seen } = await start(new PageCache(60_000));
    const first = await get(port, "/help-now", { "accept-language": "en-GB" });
    await get(port, "/help-now", { "accept-language": "en-US" });
    expect(seen.renders).toBe(2);
    expect(first.headers.vary).toMatch(/Accept-Language/);
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=60");
    expect(first.body).not.toContain("__next_f");
  });

  it("keeps other answers that say they may be shared, as a reverse proxy would, and not the rest", async () => {
    const { port, seen } = await start(new PageCache(60_000));
    await get(port, "/api/shared");
    expect(JSON.parse((await get(port, "/api/shared")).body)).toEqual({ renders: 1 });
    await get(port, "/data.json");
    await get(port, "/data.json");
    expect(seen.renders).toBe(3);
  });

  it("renders again once the page is older than the cache keeps it", async () => {
    let now = 0;
    const { port, seen } = await start(new PageCache(60_000, 10, () => now));
    await get(port, "/about");
    now = 59_999;
    await get(port, "/about");
    now = 60_000;
    await get(port, "/about");
    expect(seen.renders).toBe(2);
  });
});

describe("sharedMaxAgeMs", () => {
  it("reads how long a shared cache may keep an answer", () => {
    expect(sharedMaxAgeMs("public, max-age=0, s-maxage=60")).toBe(60_000);
    expect(sharedMaxAgeMs("public, max-age=60")).toBe(60_000);
    expect(sharedMaxAgeMs("max-age=60")).toBe(0);
    expect(sharedMaxAgeMs("private, no-cache, no-store, max-age=0, must-revalidate")).toBe(0);
    expect(sharedMaxAgeMs(undefined)).toBe(0);
  });
});
