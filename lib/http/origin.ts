/** The site's own origin for absolute links: SITE_URL when set, else the request's. */
export function siteOrigin(request?: Request): string {
  const configured = process.env.SITE_URL?.replace(/\/$/, "");
  if (configured) return configured;
  return request ? new URL(request.url).origin : "http://localhost:3000";
}
