import { siteUrl } from "@/lib/urls/site-url";

/** Secure cookies whenever the site is served over HTTPS. */
export const usesSecureCookies = (): boolean => siteUrl().protocol === "https:";

/**
 * The cookie that holds a database session's token. next-auth's own default, spelled out
 * here so that signing out clears exactly the cookie next-auth sets.
 */
export function sessionCookie(secure = usesSecureCookies()) {
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
