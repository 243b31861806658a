/**
 * Which pages other sites may show in a frame. Only the embeddable list under /embed/ may
 * be framed (by anyone: partners put it on their own sites); every other page refuses
 * framing, so nobody can dress Village up inside their own page (clickjacking).
 */
export const EMBED_PATH = "/embed";

export function isFrameablePath(pathname: string): boolean {
  // The same list in Spanish lives under /es/embed; English is served from /en/embed inside.
  const path = /^\/(en|es)\//.test(pathname) ? pathname.slice(3) : pathname;
  return path === EMBED_PATH || path.startsWith(`${EMBED_PATH}/`);
}

/** The Content-Security-Policy frame-ancestors value for a page. */
export function frameAncestorsFor(pathname: string): "*" | "'none'" {
  return isFrameablePath(pathname) ? "*" : "'none'";
}

/**
 * The same rule as a next.config.ts `headers()` source: every path that is not frameable,
 * for X-Frame-Options (older browsers ignore frame-ancestors). framing.test.ts checks that
 * it matches exactly the paths isFrameablePath refuses.
 */
export const NOT_FRAMEABLE_SOURCE = "/:path((?!embed/|embed$|es/embed/|es/embed$|en/embed/|en/embed$).*)";
