import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { NOT_FRAMEABLE_SOURCE } from "./lib/http/framing";
import { frameHeaders, securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files by path; bundling breaks those paths.
  // pino is loaded by Node as it is, as it is by our own server: its optional worker-thread
  // transports do not survive bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "zipcodes", "pino"],
  poweredByHeader: false,
  // For a bare `next start`. Our HTTP server compresses itself (brotli or gzip), after it has
  // seen the page, so it does not pass Accept-Encoding on to Next.js (lib/http/page-delivery.ts).
  compress: true,
  // The import page's uploads (lib/import/upload-limit.ts), with room for the form around them.
  experimental: { serverActions: { bodySizeLimit: "9mb" } },
  async headers() {
    const lockedDown = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      { source: NOT_FRAMEABLE_SOURCE, headers: frameHeaders() },
      { source: "/api/:path*", headers: [lockedDown] },
      { source: "/groups/:slug/:file(calendar.ics|next.ics)", headers: [lockedDown] },
      { source: "/es/groups/:slug/:file(calendar.ics|next.ics)", headers: [lockedDown] },
      { source: "/:locale(es)?/groups/calendar.ics", headers: [lockedDown] },
      { source: "/feeds/:path*", headers: [lockedDown] },
      // Its address carries the file's hash (components/site/enhance-script.tsx).
      { source: "/enhance.js", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  // Calendar feeds bypass the proxy (which gives pages their language), so the English
  // feeds' unprefixed addresses are pointed at their English routes here.
  async rewrites() {
    return { beforeFiles: [
        { source: "/groups/:slug/:file(calendar.ics|next.ics)", destination: "/en/groups/:slug/:file" },
        { source: "/groups/calendar.ics", destination: "/en/groups/calendar.ics" },
      ], afterFiles: [], fallback: [] };
  },
};

// The i18n plugin points next-intl at the per-request message loader.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
