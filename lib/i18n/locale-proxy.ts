import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing, type Locale } from "./routing";

const intlMiddleware = createMiddleware(routing);

/** The cookie next-intl keeps the visitor's last language in. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * Routes a page request to its language: /es/… is Spanish, an unprefixed URL is English
 * (rewritten to the app's /en/… routes), /en/… redirects to the unprefixed URL. The request
 * headers given (the script nonce and its policy) travel with the rewrite.
 *
 * next-intl remembers the language in a cookie when a page is viewed in a language other
 * than the browser's (the switcher's links do exactly that); embedded pages set no cookies.
 */
export function localizedResponse(request: NextRequest, requestHeaders: Headers): NextResponse {
  // Preview images are linked at the app's own /en/… paths: serve them there, unredirected.
  const { pathname } = request.nextUrl;
  // sitemap.xml and robots.txt are the whole site's, in no language.
  if (/^\/[\w-]+\.(xml|txt)$/.test(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  if (pathname.includes("/opengraph-image") && routing.locales.some((l) => pathname.startsWith(`/${l}/`))) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  const response = intlMiddleware(new NextRequest(request, { headers: requestHeaders }));
  if (isEmbedPath(request.nextUrl.pathname) || isRedundantLocaleCookie(request, response)) response.headers.delete("set-cookie");
  return response;
}

/**
 * next-intl sets "English" on a visitor who has no cookie and whose browser names no language
 * (a plain HTTP client, a privacy-minded browser). That changes nothing, since English is what
 * such a visitor gets anyway, and it would stop every page being shared by caches.
 */
export function isRedundantLocaleCookie(request: NextRequest, response: NextResponse): boolean {
  const set = response.headers.get("set-cookie") ?? "";
  if (!set.startsWith(`${LOCALE_COOKIE}=${routing.defaultLocale};`) || request.cookies.has(LOCALE_COOKIE)) return false;
  const wanted = browserLocale(request.headers.get("accept-language"));
  return !wanted || wanted === routing.defaultLocale;
}

/**
 * The one page that follows the visitor rather than its URL: the bare home page sends a
 * visitor who chose Spanish before (or, on a first visit, whose browser asks for it first)
 * to /es. Every other unprefixed link opens in English, as shared.
 */
export function homeLanguageRedirect(request: NextRequest): NextResponse | undefined {
  if (request.nextUrl.pathname !== "/" || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  const wanted = remembered ?? browserLocale(request.headers.get("accept-language"));
  if (!wanted || wanted === routing.defaultLocale || !(routing.locales as readonly string[]).includes(wanted)) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${wanted}`;
  return NextResponse.redirect(url);
}

/** The first of the site's languages in an Accept-Language header, by quality. */
export function browserLocale(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0] ?? "", quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.language && entry.quality > 0 && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    if ((routing.locales as readonly string[]).includes(entry.language)) return entry.language as Locale;
  }
  return undefined;
}

function isEmbedPath(pathname: string): boolean {
  return routing.locales.some((locale) => pathname.startsWith(`/${locale}/embed`)) || pathname === "/embed" || pathname.startsWith("/embed/");
}
