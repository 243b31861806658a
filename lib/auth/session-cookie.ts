/** Secure cookies whenever the site is served over HTTPS. */
export function usesSecureCookies(): boolean {
  const siteUrl = process.env.NEXTAUTH_URL ?? process.env.SITE_URL ?? "";
  return siteUrl.startsWith("https://");
}

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
