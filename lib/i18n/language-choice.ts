// No zod here: the switcher, a client component, imports this.
import { localePath } from "./locale-path";
import type { Locale } from "./routing";

/** The cookie the visitor's chosen language is kept in; only the bare home page reads it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The switcher's link: remembers `locale`, then shows `path` (with its query) in it. */
export function languageSwitchHref(locale: Locale, path: string): string {
  return `${localePath(locale, "/language")}?next=${encodeURIComponent(localePath(locale, path))}`;
}

/** The Set-Cookie value that remembers the choice. */
export function localeCookieHeader(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
}
