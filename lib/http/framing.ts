/**
 * Which pages other sites may show in a frame. Only the embeddable list under /embed/ may
 * be framed (by anyone: partners put it on their own sites); every other page refuses
 * framing, so nobody can dress Village up inside their own page (clickjacking).
 */
// Relative, not "@/…": next.config.ts loads this file before path aliases exist.
import { routing } from "../i18n/routing";

export const EMBED_PATH = "/embed";

// The list in another language lives under its prefix (/es/embed); English is served from
// /en/embed inside. Every language's prefix counts, so a new language needs nothing here.
const LOCALE_PREFIX = new RegExp(`^/(${routing.locales.join("|")})(?=/)`);

export function isFrameablePath(pathname: string): boolean {
  const path = pathname.replace(LOCALE_PREFIX, "");
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
export const NOT_FRAMEABLE_SOURCE = `/:path((?!${["", ...routing.locales.map((locale) => `${locale}/`)]
  .flatMap((prefix) => [`${prefix}embed/`, `${prefix}embed$`])
  .join("|")}).*)`;
