const FALLBACK = "http://localhost:3000";

/**
 * The site's public address for metadata (canonical links, OpenGraph URLs). A missing or
 * malformed SITE_URL must never break rendering, so it falls back to localhost.
 */
export function resolveSiteUrl(value: string | undefined = process.env.SITE_URL): URL {
  try {
    const url = new URL(value?.trim() || FALLBACK);
    return url.protocol === "http:" || url.protocol === "https:" ? url : new URL(FALLBACK);
  } catch {
    return new URL(FALLBACK);
  }
}

// A Host header is client-supplied: accept only a plain host name or address and port.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i;

/**
 * The origin for absolute links in responses (sitemap, robots, JSON-LD): SITE_URL when set,
 * else the address the request came in on, as the API and calendar feeds do.
 */
export function requestOrigin(headers: Pick<Headers, "get">, configured: string | undefined = process.env.SITE_URL): string {
  if (configured?.trim()) return resolveSiteUrl(configured).origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host")?.trim();
  if (!host || !HOST.test(host)) return FALLBACK;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
