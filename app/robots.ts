import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { requestOrigin } from "@/lib/urls/site-url";

// The sitemap's address depends on the host the site is served from (or SITE_URL).
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = requestOrigin(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/admin", "/organiser"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
