import { localePath } from "@/lib/i18n/locale-path";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { safeCallback } from "./sign-in-form-state";

// A sign-in's language travels in its callbackUrl, the page the person returns to: it is in
// the link next-auth emails, whoever asked for it (the sign-in form or next-auth's own
// endpoint), so the mail, the pages on the way and the page at the end agree without any
// state of their own.

const LOCALE_PREFIX = new RegExp(`^/(${routing.locales.join("|")})(?=[/?#]|$)`);

/** The language of a same-site path: "/es/organiser" is Spanish, "/organiser" English. */
export function localeOfPath(path: string): Locale {
  const prefix = LOCALE_PREFIX.exec(path)?.[1];
  return isLocale(prefix) ? prefix : routing.defaultLocale;
}

/** The language of a sign-in returning to `callbackUrl` (a path, or an absolute URL as next-auth makes it). */
export function callbackLocale(callbackUrl: string | null | undefined): Locale {
  if (!callbackUrl) return routing.defaultLocale;
  try {
    return localeOfPath(new URL(callbackUrl, "http://localhost").pathname);
  } catch {
    return routing.defaultLocale;
  }
}

/** The language of the sign-in an emailed link completes (next-auth's /api/auth/callback/email?callbackUrl=…). */
export function signInLinkLocale(link: string): Locale {
  try {
    return callbackLocale(new URL(link).searchParams.get("callbackUrl"));
  } catch {
    return routing.defaultLocale;
  }
}

/**
 * Where a sign-in from a page in `locale` returns: the asked-for same-site path (else the
 * dashboard), in that page's language, so a sign-in started in Spanish ends in Spanish.
 */
export function callbackInLocale(value: string | null | undefined, locale: Locale): string {
  const path = safeCallback(value).replace(LOCALE_PREFIX, "");
  return localePath(locale, path.startsWith("/") ? path : `/${path}`);
}

/** next-auth keeps the callbackUrl of a sign-in under way in this cookie (with __Secure- over HTTPS). */
const CALLBACK_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.callback-url=([^;]*)/;

/**
 * The language of a request to next-auth's own routes, so the pages it sends people to
 * (check your email, a link that expired) are in the language the sign-in started in: the
 * callbackUrl asked for (query or form), else the one next-auth remembered in its cookie.
 */
export async function authRequestLocale(request: Request): Promise<Locale> {
  const fromQuery = new URL(request.url).searchParams.get("callbackUrl");
  if (fromQuery) return callbackLocale(fromQuery);
  if (request.method === "POST") {
    const form = await request.clone().formData().catch(() => null);
    const fromForm = form?.get("callbackUrl");
    if (typeof fromForm === "string" && fromForm) return callbackLocale(fromForm);
  }
  const remembered = CALLBACK_COOKIE.exec(request.headers.get("cookie") ?? "")?.[1];
  return callbackLocale(remembered ? safeDecode(remembered) : null);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
