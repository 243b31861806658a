import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files by path; bundling breaks those paths.
  // pino is loaded by Node as it is, as it is by our own server: its optional worker-thread
  // transports do not survive bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "zipcodes", "pino"],
  poweredByHeader: false,
  // Our HTTP server compresses (brotli or gzip) after it has seen the page: see
  // lib/http/page-delivery.ts. A bare `next start` still compresses with this on, since the
  // server removes Accept-Encoding from what Next.js is told.
  compress: true,
  async headers() {
    const lockedDown = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      { source: "/api/:path*", headers: [lockedDown] },
      { source: "/groups/:slug/:file(calendar.ics|next.ics)", headers: [lockedDown] },
      // Its address carries the file's hash (components/site/enhance-script.tsx).
      { source: "/enhance.js", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default nextConfig;
