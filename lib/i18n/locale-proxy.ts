import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "./language-choice";
import { routing, type Locale } from "./routing";

const intlMiddleware = createMiddleware(routing);

/**
 * Routes a page request to its language: /es/… is Spanish, an unprefixed URL is English
 * (rewritten to the app's /en/… routes), /en/… redirects to the unprefixed URL. The request
 * headers given (the script nonce and its policy) travel with the rewrite.
 * No page sets a cookie: only choosing a language does (app/[locale]/language).
 */
export function localizedResponse(request: NextRequest, requestHeaders: Headers): NextResponse {
  // Preview images are linked at the app's own /en/… paths: serve them there, unredirected.
  const { pathname } = request.nextUrl;
  // sitemap.xml and robots.txt are the whole site's, in no language.
  if (/^\/[\w-]+\.(xml|txt)$/.test(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  if (pathname.includes("/opengraph-image") && routing.locales.some((l) => pathname.startsWith(`/${l}/`))) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  return intlMiddleware(new NextRequest(request, { headers: requestHeaders }));
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
