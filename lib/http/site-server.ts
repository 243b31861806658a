import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { loggablePath, logger as defaultLogger } from "@/lib/log/logger";
import { CLIENT_ADDRESS_HEADER, markClientAddressHeaderSet, resolveClientAddress } from "./client-address";
import { answerOutagesWith503 } from "./outage-response";
import type { PageCache } from "./page-cache";
import { answerFromPageCache, deliverPages } from "./page-delivery";
import { runInRequestContext, type RequestContext } from "./request-context";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
export const REQUEST_ID_HEADER = "x-request-id";
const GOOD_REQUEST_ID = /^[\w.:-]{1,128}$/;

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;
type Options = {
  trustedHops: number;
  logger?: Pick<typeof defaultLogger, "info" | "error">;
  /** Plain HTML pages, the page cache and compression (lib/http/page-delivery.ts); off in tests of the rest. */
  delivery?: { plainHtml: boolean; cache: PageCache | null };
};

/**
 * The HTTP server in front of Next.js. For each request it:
 * - states the visitor's address in CLIENT_ADDRESS_HEADER (Next.js's own server passes a
 *   client's X-Forwarded-For through untouched, which let anyone pick a new address, and so
 *   a fresh rate limit, per request);
 * - gives it an id, sent back as X-Request-Id (a trusted proxy's own id is kept) and written
 *   with the one log line per request: method, path without its query, status, duration;
 * - answers 503 with a kind page when the database could not be reached
 *   (lib/http/outage-response.ts);
 * - sends plain HTML pages without Next.js's scripts, serves pages that are the same for
 *   everyone from a short-lived cache, and compresses (lib/http/page-delivery.ts).
 */
export function createSiteServer(handle: Handler, { trustedHops, logger = defaultLogger, delivery }: Options): http.Server {
  markClientAddressHeaderSet();
  return http.createServer((request, response) => {
    const started = performance.now();
    // With no proxy of ours in front, any X-Forwarded-* came from the client; Next.js then
    // fills them in from the connection itself.
    if (trustedHops === 0) for (const name of FORWARDED_HEADERS) delete request.headers[name];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      forwardedFor: request.headers["x-forwarded-for"],
      socketAddress: request.socket.remoteAddress,
      trustedHops,
    });
    const upstreamId = request.headers[REQUEST_ID_HEADER];
    const id = trustedHops > 0 && typeof upstreamId === "string" && GOOD_REQUEST_ID.test(upstreamId) ? upstreamId : randomUUID();
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader("X-Request-Id", id);
    const context: RequestContext = { id, databaseUnavailable: false };
    answerOutagesWith503(request, response, () => context.databaseUnavailable);
    response.once("close", () => {
      logger.info(
        {
          requestId: id,
          method: request.method,
          path: loggablePath(request.url),
          status: response.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...(context.databaseUnavailable ? { databaseUnavailable: true } : {}),
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    const serve = () =>
      runInRequestContext(context, () =>
        Promise.resolve(handle(request, response)).catch((error: unknown) => {
          logger.error({ requestId: id, err: error }, "request failed");
          if (!response.headersSent) response.statusCode = 500;
          response.end();
        }),
      );
    if (!delivery) return void serve();
    void answerFromPageCache(request, response, delivery.cache).then((answered) => {
      if (answered) return;
      deliverPages(request, response, delivery);
      return serve();
    });
  });
}
