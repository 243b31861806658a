import { isIP } from "node:net";

/**
 * The request header our own HTTP server (scripts/serve-site.ts) fills with the visitor's
 * address. The server replaces whatever a client sent under this name, so code behind it
 * can believe it, unlike X-Forwarded-For, which anyone can write.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

// Set by that server in this process. Without it (a bare `next start` or `next dev`) the
// header may have come from the client, so it is ignored.
const SERVER_MARK = Symbol.for("village.client-address-header-is-set");

export function markClientAddressHeaderSet(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
}

/**
 * The visitor's address for per-address rate limits. When the site runs without our
 * server every visitor shares one bucket: stricter than it should be, never looser.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  if (!(globalThis as Record<symbol, unknown>)[SERVER_MARK]) return "unknown";
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

/** "::ffff:192.0.2.1" is 192.0.2.1 reached over IPv6; one spelling keeps one counter. */
function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

export type AddressSources = {
  /** X-Forwarded-For as received: one string, or several header lines. */
  forwardedFor: string | string[] | undefined;
  /** The address of the peer on the other end of the connection. */
  socketAddress: string | undefined;
  /** TRUST_PROXY: how many proxies of ours stand in front of this server. */
  trustedHops: number;
};

/**
 * The client's address. Each proxy appends the address it was connected from to
 * X-Forwarded-For, so the chain read from the right is: our socket's peer, then what each
 * trusted proxy saw. With N trusted proxies the client is N entries from the right; entries
 * further left were written by the client and prove nothing. A chain shorter than that
 * gives its leftmost entry; an entry that is not an address gives the socket's peer (our
 * own proxy), so garbage lumps its senders together rather than giving each a new counter.
 */
export function resolveClientAddress({ forwardedFor, socketAddress, trustedHops }: AddressSources): string {
  const socket = normalizeAddress(socketAddress ?? "unknown");
  if (trustedHops <= 0) return socket;
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((line) => line.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  const picked = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return isIP(normalizeAddress(picked)) ? normalizeAddress(picked) : socket;
}
