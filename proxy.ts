import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/content-security-policy";
import { CROSS_SITE_POST_MESSAGE, isCrossSitePost } from "@/lib/http/cross-site-post";

/**
 * Refuses form posts from other sites with a plain 403 (Next.js would refuse them too, as a
 * 500), then gives every page request a fresh script nonce and the policy that requires it.
 * Pages sent as plain HTML carry no inline scripts: our HTTP server gives them the same
 * policy without the nonce (lib/http/page-delivery.ts).
 */
export function proxy(request: NextRequest) {
  if (isCrossSitePost(request.method, request.headers)) {
    return new NextResponse(CROSS_SITE_POST_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce for its own scripts from the request's policy header.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|.*\\.ics$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
