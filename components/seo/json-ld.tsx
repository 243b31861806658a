import { serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines, rendered on the server. A JSON-LD block is data, not
 * script, so the nonce-based Content-Security-Policy does not need to allow it.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
