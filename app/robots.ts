import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { routing } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/urls/site-url";

const otherLocales = routing.locales.filter((l) => l !== routing.defaultLocale).map((l) => `/${l}`);

// The sitemap's address depends on the host the site is served from (or SITE_URL).
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = requestOrigin(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", ...["", ...otherLocales].flatMap((prefix) => [`${prefix}/admin`, `${prefix}/organiser`])] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
