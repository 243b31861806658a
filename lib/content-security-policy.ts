type PolicyOptions = {
  /** The script nonce of a page that runs Next.js's inline scripts; none for plain HTML pages. */
  nonce?: string;
  development: boolean;
  /** Who may frame the page: nobody, unless a route says otherwise. */
  frameAncestors?: string;
};

/**
 * The Content-Security-Policy for pages. Scripts load only from this site, and inline
 * scripts run only with the request's nonce, which Next.js adds to its own bootstrap
 * scripts; so injected markup cannot run code. Plain HTML pages (lib/http/html-only.ts)
 * carry no inline scripts at all and get no nonce: the same page, and the same policy, can
 * then be cached and shared. 'strict-dynamic' is not used: it would ignore 'self', and the
 * one script every page loads (/enhance.js) is a file of this site. Nothing this site
 * serves is a script but its own bundles and that file (the API and feeds are sent as
 * JSON and calendars with nosniff, which browsers refuse to run). Styles allow inline
 * attributes, which React's `style` props need. `frameAncestors` is who may frame the page:
 * nobody, except for the embeddable pages (frameAncestorsFor in lib/http/framing.ts).
 */
export function contentSecurityPolicy({ nonce, development, frameAncestors = "'none'" }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${development ? " 'unsafe-eval'" : ""}`,
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
