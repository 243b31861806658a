/**
 * The Content-Security-Policy for pages. Scripts run only with this request's nonce
 * (Next.js adds it to its own scripts), so injected markup cannot run code. Styles allow
 * inline attributes, which React's `style` props need; no inline scripts are allowed.
 * `frameAncestors` is who may frame the page: nobody, except for the embeddable pages
 * (frameAncestorsFor in lib/http/framing.ts).
 */
export function contentSecurityPolicy(nonce: string, development: boolean, frameAncestors: "*" | "'none'" = "'none'"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

export function createNonce(): string {
  return btoa(crypto.randomUUID());
}
