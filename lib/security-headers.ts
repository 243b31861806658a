/**
 * Headers sent with every response. The Content-Security-Policy is set per request in
 * proxy.ts, because it carries a nonce for Next.js's inline bootstrap scripts (and without
 * the nonce for plain HTML pages, by lib/http/page-delivery.ts); API and calendar
 * responses, which run no scripts, get a policy that forbids everything.
 * X-Frame-Options is apart (frameHeaders): the embeddable pages must go without it.
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** For every page but the embeddable ones (NOT_FRAMEABLE_SOURCE in lib/http/framing.ts). */
export function frameHeaders(): { key: string; value: string }[] {
  return [{ key: "X-Frame-Options", value: "DENY" }];
}
