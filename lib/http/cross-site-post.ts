const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that changes something was sent by a page on another site: its Origin
 * names a different host than the one it was sent to (x-forwarded-host behind a proxy,
 * else Host, as Next.js compares for server actions). Next.js refuses those itself, but
 * as a 500; checking first lets the site answer 403. Requests without an Origin (old
 * browsers, hand-made requests) are left to Next.js's own check.
 */
export function isCrossSitePost(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return true;
  return originHost(origin) !== host.toLowerCase();
}

/** "evil.example" from "https://evil.example"; null for "null" (sandboxed pages) and nonsense. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase() || null;
  } catch {
    return null;
  }
}

export const CROSS_SITE_POST_MESSAGE = "Forbidden: forms on this site can only be sent from this site.\n";
