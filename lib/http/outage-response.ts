import type { IncomingMessage, ServerResponse } from "node:http";
import { frameAncestorsFor } from "./framing";
import { OUTAGE_RETRY_AFTER_SECONDS, outageJson, outagePageHtml } from "./outage-page";

// Kept from Next.js's answer; everything else about it (type, length, caching, its page's
// script policy) belongs to the body we replace.
const KEPT_HEADERS = new Set(["x-request-id", "referrer-policy", "x-content-type-options", "x-frame-options", "permissions-policy", "cross-origin-opener-policy", "strict-transport-security"]);

// The embeddable list keeps its frame-ancestors, so partners' frames show this page too.
const pagePolicy = (path: string) =>
  `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors ${frameAncestorsFor(path)}`;

/**
 * Why this lives in our HTTP server: the App Router has no way to choose the status of an
 * error. A server component that throws before streaming makes Next.js answer 500 (since
 * vercel/next.js#56236), error.tsx boundaries render only in the browser, and without
 * JavaScript the visitor sees an empty page. So the database adapter marks the request when
 * a query fails for want of a database (lib/db/outage.ts), and when Next.js then starts a
 * 500 answer for that request, this sends a 503 with Retry-After and the "back shortly"
 * page (JSON under /api/ and /feeds/) instead, and drops what Next.js writes after. Every page that
 * needs the database is covered, layouts and metadata included, with no code in the pages.
 * Answers other than 500 pass untouched: a route that handles the failure itself (the
 * readiness check) keeps its own answer, and one that has started streaming cannot change.
 */
export function answerOutagesWith503(request: IncomingMessage, response: ServerResponse, databaseUnavailable: () => boolean): void {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  let decided = false;
  let replaced = false;

  /** On the first call that would send headers: replace the answer, or get out of the way. */
  const decide = (status: number) => {
    decided = true;
    // Passing through stays in place rather than putting the originals back: Next.js's
    // compression wraps these same methods after us, and must stay in the chain.
    if (status !== 500 || response.headersSent || !databaseUnavailable()) return;
    replaced = true;
    // Machines read /api/ and /feeds/: they get JSON.
    const api = /^\/(api|feeds)\//.test(request.url ?? "");
    const body = api ? outageJson() : outagePageHtml();
    for (const name of response.getHeaderNames()) if (!KEPT_HEADERS.has(name)) response.removeHeader(name);
    original.writeHead.call(response, 503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Security-Policy": api ? "default-src 'none'; frame-ancestors 'none'" : pagePolicy((request.url ?? "/").split("?")[0]!),
      "Content-Length": String(Buffer.byteLength(body)),
    });
    (original.end as (chunk?: string) => ServerResponse).call(response, request.method === "HEAD" ? undefined : body);
  };

  const callbackOf = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!decided) decide(typeof args[0] === "number" ? args[0] : response.statusCode);
    if (replaced) return response;
    return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(response, args);
  } as ServerResponse["writeHead"];

  response.flushHeaders = function () {
    if (!decided) decide(response.statusCode);
    if (!replaced) original.flushHeaders.call(response);
  };

  response.write = function (...args: unknown[]) {
    if (!decided && !response.headersSent) decide(response.statusCode);
    if (replaced) {
      callbackOf(args)?.();
      return true;
    }
    return (original.write as (...a: unknown[]) => boolean).apply(response, args);
  } as ServerResponse["write"];

  response.end = function (...args: unknown[]) {
    if (!decided && !response.headersSent) decide(response.statusCode);
    if (replaced) {
      const callback = callbackOf(args);
      if (callback) process.nextTick(callback);
      return response;
    }
    return (original.end as (...a: unknown[]) => ServerResponse).apply(response, args);
  } as ServerResponse["end"];
}
