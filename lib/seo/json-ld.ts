/**
 * JSON for a `<script type="application/ld+json">` block. The script is data, not code, but
 * the HTML parser still ends it at the first `</script`: escaping every `<` (and the two line
 * separators JavaScript parsers once choked on) keeps text from the data out of the page.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
