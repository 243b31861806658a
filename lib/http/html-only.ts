/**
 * Pages that are plain HTML: most of Village is text, links and GET forms, and React on the
 * phone only repeated the page it was sent (the App Router always ships its runtime, about
 * 140 KB compressed, and the page again as data for it: two fifths of a search page's HTML).
 * A page that needs nothing of React in the browser says so with the marker below
 * (components/site/html-only.tsx); our HTTP server (lib/http/page-delivery.ts) then sends it
 * without Next.js's scripts, so it needs no script nonce either: its policy allows scripts
 * from this site only, and the same HTML can be cached and shared. What little these pages
 * do in the browser is public/enhance.js, which the layout loads on every page.
 */
export const HTML_ONLY_MARKER = { name: "village-delivery", content: "html-only" } as const;

const MARKER = `<meta name="${HTML_ONLY_MARKER.name}" content="${HTML_ONLY_MARKER.content}"`;
const VARY = new RegExp(`${MARKER} data-vary="([A-Za-z-]+)"`);

// React's markers for a Suspense boundary still waiting for content, or given up to the
// browser to render: such a page is not finished without its scripts, so it keeps them.
const UNFINISHED = ["<!--$?-->", "<!--$!-->"];

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;
const KEPT_SCRIPT = /\bdata-village-enhance\b|\btype="application\/ld\+json"/i;
const SCRIPT_PRELOAD = /\bas="script"|\brel="modulepreload"/i;

/** Whether this HTML page asked to be sent as plain HTML and can be. */
export function isHtmlOnlyPage(html: string): boolean {
  return html.includes(MARKER) && !UNFINISHED.some((marker) => html.includes(marker));
}

/** The request header the page depends on besides its address (Accept-Language for the crisis lines), if any. */
export function htmlOnlyVary(html: string): string | null {
  return VARY.exec(html)?.[1] ?? null;
}

/**
 * The page without Next.js's runtime: its script tags (the framework, the page's data for
 * it, the bootstrap) and the preloads for them. Structured data and our own enhancement
 * script stay. Null when the page did not ask for this or still needs its scripts.
 */
export function toHtmlOnly(html: string): string | null {
  if (!isHtmlOnlyPage(html)) return null;
  return html.replace(SCRIPT, (tag, attributes: string) => (KEPT_SCRIPT.test(attributes) ? tag : "")).replace(LINK, (tag) => (SCRIPT_PRELOAD.test(tag) ? "" : tag));
}
