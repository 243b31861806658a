/**
 * The Content-Security-Policy for pages. Scripts run only with this request's nonce
 * (Next.js adds it to its own scripts), so injected markup cannot run code. Styles allow
 * inline attributes, which React's `style` props need; no inline scripts are allowed.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
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
    "frame-ancestors 'none'",
  ].join("; ");
}

export function createNonce(): string {
  return btoa(crypto.randomUUID());
}
