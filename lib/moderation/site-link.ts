import { resolveSiteUrl } from "@/lib/seo/site-url";

/** An absolute link for emails: SITE_URL, else the address sign-in links use, else localhost. */
export function siteLink(path: string): string {
  const base = resolveSiteUrl(process.env.SITE_URL?.trim() || process.env.NEXTAUTH_URL?.trim() || undefined);
  return new URL(path, base).toString();
}
