import type { IncomingMessage, ServerResponse } from "node:http";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { chooseEncoding, compress, type Encoding } from "./compression";
import { htmlOnlyVary, toHtmlOnly } from "./html-only";
import { sharedMaxAgeMs, type CachedPage, type PageCache } from "./page-cache";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
// Next.js varies every page on its router headers; requests carrying them are never shared.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const STANDARD_VARY = new Set([...ROUTER_HEADERS, "accept-encoding"]);
const IMMUTABLE = "/_next/static/";
const NONCE_ATTRIBUTE = / nonce="[^"]*"/g;
const NONCE_PARAMETER = /; nonce="[^"]*"/g;

type Options = {
  /** Send marked pages as plain HTML. Off for the development server, whose pages keep React for live reloading. */
  plainHtml: boolean;
  cache: PageCache | null;
};
type Methods = Pick<ServerResponse, "writeHead" | "end">;

// The build's bundles never change under one name: each is compressed once per process.
const immutableCopies = new Map<string, Buffer>();
const MAX_IMMUTABLE_COPIES = 500;

/** A page request any visitor could be given the same answer for: no session, not the router's data. */
export function isSharedPageRequest(request: IncomingMessage): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  // The bare home page follows the visitor's language (cookie or browser, lib/i18n/locale-proxy.ts).
  if ((request.url ?? "/").split("?")[0] === "/") return false;
  return !SESSION_COOKIE.test(request.headers.cookie ?? "");
}

const varyIsStandard = (vary: unknown) =>
  String(vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .every((v) => v === "" || STANDARD_VARY.has(v));

/**
 * The page's own policy (proxy.ts: whatever it allows for this path, frame-ancestors
 * included) without its nonce, which a page with no inline scripts has no use for.
 */
function withoutNonce(policy: unknown): string {
  return typeof policy === "string" && policy ? policy.replace(/ 'nonce-[^']*'/g, "") : contentSecurityPolicy({ development: false });
}

/** What a shared page says to caches in front of the site (and to ours). */
export const sharedCacheControl = (seconds: number) => `public, max-age=0, s-maxage=${seconds}`;

function addVary(response: ServerResponse, name: string) {
  const current = String(response.getHeader("vary") ?? "");
  if (!current.toLowerCase().split(/,\s*/).includes(name.toLowerCase())) response.setHeader("Vary", current ? `${current}, ${name}` : name);
}

/** Sends a finished body, compressed when the client takes it. */
function send(request: IncomingMessage, response: ServerResponse, original: Methods, acceptEncoding: string | undefined, body: Buffer, cached?: CachedPage) {
  const status = response.statusCode;
  const url = request.url ?? "";
  const bodiless = request.method === "HEAD" || status === 204 || status === 304;
  const encoding = bodiless || response.hasHeader("content-encoding") ? null : chooseEncoding(acceptEncoding, String(response.getHeader("content-type") ?? ""), body.length);
  let payload = body;
  if (encoding) {
    payload = encodedCopy(url, body, encoding, cached);
    response.setHeader("Content-Encoding", encoding);
    addVary(response, "Accept-Encoding");
  }
  if (!bodiless) response.setHeader("Content-Length", payload.length);
  original.writeHead.call(response, status);
  (original.end as (chunk?: Buffer) => ServerResponse).call(response, bodiless ? undefined : payload);
}

function encodedCopy(url: string, body: Buffer, encoding: Encoding, cached?: CachedPage): Buffer {
  const immutable = url.startsWith(IMMUTABLE);
  if (cached) return (cached.encoded[encoding] ??= compress(body, encoding, { immutable }));
  if (!immutable) return compress(body, encoding, { immutable: false });
  const key = `${encoding} ${url}`;
  let copy = immutableCopies.get(key);
  if (!copy) {
    copy = compress(body, encoding, { immutable: true });
    if (immutableCopies.size >= MAX_IMMUTABLE_COPIES) immutableCopies.clear();
    immutableCopies.set(key, copy);
  }
  return copy;
}

/**
 * Answers from the page cache when it holds this page, after waiting for a render of it
 * already under way; true when it did. Otherwise the caller renders it, and the render is
 * noted so that others asking meanwhile wait for it.
 */
export async function answerFromPageCache(request: IncomingMessage, response: ServerResponse, cache: PageCache | null): Promise<boolean> {
  if (!cache || !isSharedPageRequest(request)) return false;
  const url = request.url ?? "";
  let page = cache.get(url);
  if (!page) {
    const pending = cache.renderingNow(url);
    if (pending) {
      await pending;
      page = cache.get(url);
    }
  }
  if (!page) {
    if (request.method === "GET") response.once("close", cache.beginRendering(url));
    return false;
  }
  response.statusCode = page.status;
  for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, value);
  response.setHeader("Age", cache.ageOf(page));
  send(request, response, response, request.headers["accept-encoding"] as string | undefined, page.body, page);
  return true;
}

/**
 * Takes over from Next.js the last step of every answer: holds the body until it is
 * complete, sends plain HTML pages without Next.js's scripts (lib/http/html-only.ts) under a
 * policy with no nonce, marks those that are the same for everyone as cacheable, keeps
 * whatever may be shared in `cache` for as long as its Cache-Control allows (at most the
 * cache's own limit), and compresses (brotli or gzip) what it sends. Next.js's own compression
 * is kept out of it, since it would hand over compressed bytes; no page streams, so holding
 * the body back costs nothing.
 */
export function deliverPages(request: IncomingMessage, response: ServerResponse, { plainHtml, cache }: Options): void {
  const acceptEncoding = request.headers["accept-encoding"] as string | undefined;
  delete request.headers["accept-encoding"];
  const original: Methods = { writeHead: response.writeHead, end: response.end };
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    response.statusCode = status;
    if (typeof rest[0] === "string") response.statusMessage = rest.shift() as string;
    const headers = rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers && typeof headers === "object") {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value as string);
    }
    return response;
  } as ServerResponse["writeHead"];

  response.flushHeaders = () => {};

  response.write = function (chunk: unknown, ...rest: unknown[]) {
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((a): a is () => void => typeof a === "function");
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  response.end = function (...args: unknown[]) {
    const callback = args.find((a): a is () => void => typeof a === "function");
    const chunk = typeof args[0] === "function" ? undefined : args[0];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, args[1]));
    if (callback) response.once("finish", callback);
    let body = Buffer.concat(chunks);
    const status = response.statusCode;
    const sharedRequest = isSharedPageRequest(request);
    if (plainHtml && (status === 200 || status === 404) && String(response.getHeader("content-type") ?? "").startsWith("text/html")) {
      const page = body.toString("utf8");
      const html = toHtmlOnly(page);
      if (html !== null) {
        // The nonce means nothing under a policy without one, and a shared page must not carry one.
        body = Buffer.from(html.replace(NONCE_ATTRIBUTE, ""));
        const preloads = response.getHeader("link");
        if (preloads) response.setHeader("Link", String(preloads).replace(NONCE_PARAMETER, ""));
        response.setHeader("Content-Security-Policy", withoutNonce(response.getHeader("content-security-policy")));
        // Caches in front keep one copy per value of a header the page varies on; ours keeps none.
        const varies = htmlOnlyVary(page);
        if (varies) addVary(response, varies);
        if (cache && status === 200 && sharedRequest && !response.hasHeader("set-cookie")) {
          response.setHeader("Cache-Control", sharedCacheControl(Math.round(cache.maxAgeMs / 1000)));
        }
      }
    }
    // Like a reverse proxy, the cache keeps what says it may be shared: those pages, and the
    // JSON API (public, max-age=60).
    if (cache && status === 200 && request.method === "GET" && sharedRequest && !response.hasHeader("set-cookie") && varyIsStandard(response.getHeader("vary"))) {
      cache.set(request.url ?? "", { status, headers: storedHeaders(response), body }, sharedMaxAgeMs(response.getHeader("cache-control")));
    }
    send(request, response, original, acceptEncoding, body);
    return response;
  } as ServerResponse["end"];
}

// Per-request headers are not stored with a shared page.
const NOT_STORED = new Set(["x-request-id", "content-length", "content-encoding", "date", "connection", "keep-alive", "transfer-encoding"]);

function storedHeaders(response: ServerResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined && !NOT_STORED.has(name)) headers[name] = typeof value === "number" ? String(value) : value;
  }
  return headers;
}
