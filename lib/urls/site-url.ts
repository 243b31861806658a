import { readEnv, type Env } from "@/lib/env";

type UrlSettings = Pick<Env, "SITE_URL" | "NEXTAUTH_URL" | "PORT">;

const web = (value: string | undefined): URL | undefined => {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The site's own address, for links that leave without a request to answer: emails,
 * sign-in links, canonical and preview URLs. SITE_URL, else NEXTAUTH_URL (next-auth's name
 * for it), else this machine on PORT. Never throws, so a bad value can't break a page.
 */
export function siteUrl(env: UrlSettings = readEnv()): URL {
  return web(env.SITE_URL) ?? web(env.NEXTAUTH_URL) ?? new URL(`http://localhost:${env.PORT}`);
}

/** An absolute link to `path` on this site, for emails. */
export function absoluteUrl(path: string, env: UrlSettings = readEnv()): string {
  return new URL(path, siteUrl(env)).toString();
}

/** Whether the address is one other people can reach, not this machine's own. */
export function isPublicUrl(url: URL): boolean {
  return !["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) && !url.hostname.endsWith(".localhost");
}

// A Host header is client-supplied: accept only a plain host name or address and port.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i;

/**
 * The origin for absolute links in a response (API links, calendar feeds, sitemap,
 * JSON-LD): SITE_URL when set, else the address the request came in on, so a copy of the
 * site answers with its own links.
 */
export function requestOrigin(request: Request | Pick<Headers, "get">, env: UrlSettings = readEnv()): string {
  const configured = web(env.SITE_URL);
  if (configured) return configured.origin;
  // instanceof, not "headers" in: Next.js's headers() object answers `in` for header names.
  const headers = request instanceof Request ? request.headers : request;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host")?.trim();
  if (host && HOST.test(host)) {
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    return `${proto === "https" ? "https" : "http"}://${host}`;
  }
  return request instanceof Request ? new URL(request.url).origin : siteUrl(env).origin;
}
