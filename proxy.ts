import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/content-security-policy";
import { CROSS_SITE_POST_MESSAGE, isCrossSitePost } from "@/lib/http/cross-site-post";
import { frameAncestorsFor } from "@/lib/http/framing";
import { homeLanguageRedirect, localizedResponse } from "@/lib/i18n/locale-proxy";

/**
 * Refuses form posts from other sites with a plain 403 (Next.js would refuse them too, as a
 * 500), then gives every page request a fresh script nonce and the policy that requires it,
 * and routes it to its language (lib/i18n/locale-proxy.ts).
 * Pages sent as plain HTML carry no inline scripts: our HTTP server gives them the same
 * policy without the nonce (lib/http/page-delivery.ts).
 */
export function proxy(request: NextRequest) {
  if (isCrossSitePost(request.method, request.headers)) {
    return new NextResponse(CROSS_SITE_POST_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const languageRedirect = homeLanguageRedirect(request);
  if (languageRedirect) return languageRedirect;
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", frameAncestors: frameAncestorsFor(request.nextUrl.pathname) });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce for its own scripts from the request's policy header.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = localizedResponse(request, requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Prefetches pass through too: they need their language's route as much as pages do.
    { source: "/((?!api/|feeds/|_next/static|_next/image|icon.svg|enhance.js|.*\\.ics$).*)" },
  ],
};
