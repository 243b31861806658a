import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/groups/search-params";
import { listArticles } from "./load-articles";
import { parseArticle, type Article } from "./parse-article";
import { readingTimeRange } from "./word-count";

// The Spanish articles live in content/articles/es under the English slugs. They are read here
// directly, so these tests hold the content whichever way the site comes to load it.
const ARTICLES_DIR = path.join(process.cwd(), "content", "articles");
const SPANISH_DIR = path.join(ARTICLES_DIR, "es");

async function slugsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((file) => file.endsWith(".md")).map((file) => file.slice(0, -".md".length)).sort();
}

async function readArticles(dir: string): Promise<Article[]> {
  return Promise.all((await slugsIn(dir)).map(async (slug) => parseArticle(slug, await readFile(path.join(dir, `${slug}.md`), "utf8"))));
}

describe("a call to action to the Spanish directory", () => {
  const withHref = (href: string) =>
    `---\ntitle: Un artículo\nsummary: Un resumen lo bastante largo para pasar el mínimo de los resúmenes.\naudience: parents\nreadingTime: 1\npublished: 2026-12-01\nupdated: 2026-12-01\ncta:\n  heading: Encuentra un grupo\n  label: Ver grupos\n  href: ${href}\n---\n\nTexto.\n`;

  it("may point at the /es search", () => {
    expect(parseArticle("un-articulo", withHref("/es/groups?lang=es&audience=partners")).cta.href).toBe("/es/groups?lang=es&audience=partners");
  });

  for (const href of ["/es/about", "/es/groupsx?lang=es", "//example.com/es/groups?lang=es", "/groups/../es/groups?lang=es", "/es/groups?lang=spanish"]) {
    it(`rejects ${href}`, () => {
      expect(() => parseArticle("un-articulo", withHref(href))).toThrow(/cta\.href/);
    });
  }
});

describe("the Spanish articles in content/articles/es", async () => {
  const english = await readArticles(ARTICLES_DIR);
  const spanish = await readArticles(SPANISH_DIR);
  const spanishSlugs = new Set(spanish.map((article) => article.slug));

  it("give every English article a Spanish counterpart under the same slug, and no others", () => {
    expect(english.length).toBeGreaterThanOrEqual(7);
    expect([...spanishSlugs].sort()).toEqual(english.map((article) => article.slug).sort());
  });

  it("are not read as English articles", async () => {
    expect((await listArticles()).map((article) => article.slug).sort()).toEqual(await slugsIn(ARTICLES_DIR));
  });

  for (const article of spanish) {
    const original = english.find((a) => a.slug === article.slug)!;

    describe(article.slug, () => {
      it("is between 600 and 1,200 words", () => {
        expect(article.wordCount).toBeGreaterThanOrEqual(600);
        expect(article.wordCount).toBeLessThanOrEqual(1200);
      });

      it("states a reading time that matches the text at 200 to 230 words a minute", () => {
        const { min, max } = readingTimeRange(article.wordCount);
        expect(article.readingTime).toBeGreaterThanOrEqual(min);
        expect(article.readingTime).toBeLessThanOrEqual(max);
      });

      it("keeps the English article's audience, place in the list and related articles", () => {
        expect(article.audience).toBe(original.audience);
        expect(article.order).toBe(original.order);
        expect(article.related).toEqual(original.related);
        expect(article.title).not.toBe(original.title);
      });

      it("calls to action with a search of the Spanish directory for groups that meet in Spanish", () => {
        const url = new URL(article.cta.href, "http://localhost");
        expect(url.pathname).toBe("/es/groups");
        expect(url.searchParams.get("lang")).toBe("es");
        expect(parseSearchParams(url.searchParams).problems).toEqual([]);
      });

      it("links only to Spanish pages that exist", () => {
        const known = new Set(["/es/help-now", "/es/families", "/es/submit", "/es/groups", "/es/articles"]);
        const links = [...article.body.matchAll(/\]\(([^)]+)\)/g)].map(([, href]) => href!);
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) {
          const pathname = href.split(/[?#]/)[0]!;
          const isArticle = pathname.startsWith("/es/articles/") && spanishSlugs.has(pathname.slice("/es/articles/".length));
          expect(isArticle || known.has(pathname), `${article.slug} links to ${href}`).toBe(true);
        }
      });
    });
  }

  it("give the Spanish crisis options and the help page where mental health is the subject", () => {
    const body = spanish.find((a) => a.slug === "baby-blues-or-something-more")!.body;
    expect(body).toContain("](/es/help-now)");
    expect(body).toContain("número de emergencias");
    expect(body).toMatch(/llamar al 988 y marcar 2/);
    expect(body).toContain("AYUDA al 988");
    expect(body).toContain("1-833-852-6262");
  });

  it("send organisers to the Spanish listing form", () => {
    expect(spanish.find((a) => a.slug === "starting-a-support-group")!.body).toContain("](/es/submit)");
  });
});
