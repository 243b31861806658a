import { describe, expect, it } from "vitest";
import { HTML_ONLY_MARKER, toHtmlOnly } from "./html-only";

const marker = `<meta name="${HTML_ONLY_MARKER.name}" content="${HTML_ONLY_MARKER.content}"/>`;

// The shape of what Next.js 16 sends: its bundles, a preload for one, the bootstrap and the
// page's data for React as inline scripts; plus structured data and our own script.
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
  `<script src="/_next/static/chunks/b.js" async=""></script>${head}</head><body>${body}` +
  `<script type="application/ld+json">{"@type":"Article"}</script>` +
  `<script src="/enhance.js?v=1" defer="" data-village-enhance=""></script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script></body></html>`;

describe("toHtmlOnly", () => {
  it("drops Next.js's scripts and their preloads from a page that asked, and keeps the rest", () => {
    const html = toHtmlOnly(page(marker, "<main><p>Hello</p><!--$--><p>done</p><!--/$--></main>"))!;
    expect(html).not.toMatch(/_next\/static\/chunks\/b\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(html).toContain('<script src="/enhance.js?v=1" defer="" data-village-enhance=""></script>');
    expect(html).toContain("<main><p>Hello</p><!--$--><p>done</p><!--/$--></main>");
  });

  it("leaves a page alone that did not ask", () => {
    expect(toHtmlOnly(page("", "<main>Sign in</main>"))).toBeNull();
  });

  it("leaves a page alone that still needs its scripts to finish", () => {
    expect(toHtmlOnly(page(marker, '<!--$?--><template id="B:0"></template>Loading<!--/$-->'))).toBeNull();
    expect(toHtmlOnly(page(marker, "<!--$!--><template></template><!--/$-->"))).toBeNull();
  });
});
