import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, markClientAddressHeaderSet, resolveClientAddress } from "./client-address";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * An HTTP server that states each visitor's address in CLIENT_ADDRESS_HEADER before
 * handing the request on. Next.js's own server passes a client's X-Forwarded-For through
 * untouched, which let anyone pick a new address, and so a fresh rate limit, per request.
 */
export function createSiteServer(handle: Handler, { trustedHops }: { trustedHops: number }): http.Server {
  markClientAddressHeaderSet();
  return http.createServer((request, response) => {
    // With no proxy of ours in front, any X-Forwarded-* came from the client; Next.js then
    // fills them in from the connection itself.
    if (trustedHops === 0) for (const name of FORWARDED_HEADERS) delete request.headers[name];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      forwardedFor: request.headers["x-forwarded-for"],
      socketAddress: request.socket.remoteAddress,
      trustedHops,
    });
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error("[server] request failed", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
}
