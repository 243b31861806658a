import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/groups/search-params";
import { listArticles } from "./load-articles";
import { ArticleError, parseArticle } from "./parse-article";
import { readingTimeRange } from "./word-count";

const body = "## A heading\n\nSome words for the body of the article.";

function file(frontMatter: string, text = body) {
  return `---\n${frontMatter.trim()}\n---\n\n${text}\n`;
}

const valid = `
title: A valid article
summary: A summary long enough to pass the minimum length for article summaries.
audience: parents
readingTime: 1
published: 2026-11-01
updated: 2026-11-02
cta:
  heading: Find a group near you
  label: Browse groups
  href: /groups?audience=partners&online=only
related: [another-article]
`;

describe("parseArticle", () => {
  it("accepts a valid file and keeps the body apart from the front matter", () => {
    const article = parseArticle("a-valid-article", file(valid));
    expect(article.title).toBe("A valid article");
    expect(article.audience).toBe("parents");
    expect(article.cta.href).toBe("/groups?audience=partners&online=only");
    expect(article.related).toEqual(["another-article"]);
    expect(article.body.startsWith("## A heading")).toBe(true);
    expect(article.wordCount).toBe(10);
  });

  const bad: [string, string, RegExp][] = [
    ["no front matter", body, /front matter between two --- lines/],
    ["front matter that is not YAML", file("title: [unclosed"), /not valid YAML/],
    ["a missing title", file(valid.replace("title: A valid article\n", "")), /title/],
    ["an unknown audience", file(valid.replace("audience: parents", "audience: everyone")), /audience/],
    ["a reading time that is not a number", file(valid.replace("readingTime: 1", "readingTime: soon")), /readingTime/],
    ["a date that is not an ISO date", file(valid.replace("updated: 2026-11-02", "updated: 2nd November")), /updated/],
    ["an update before publication", file(valid.replace("updated: 2026-11-02", "updated: 2026-10-01")), /updated/],
    ["a call to action outside the directory", file(valid.replace("href: /groups?audience=partners&online=only", "href: /about")), /not a \/groups search/],
    ["a call to action to another site", file(valid.replace("href: /groups?audience=partners&online=only", "href: https://example.com/groups")), /not a \/groups search/],
    ["a search value the directory rejects", file(valid.replace("audience=partners", "audience=aliens")), /audience/],
    ["a search parameter the directory ignores", file(valid.replace("online=only", "colour=blue")), /colour/],
    ["a related slug that is not a slug", file(valid.replace("[another-article]", "[Another Article]")), /related/],
    ["an unexpected field", file(`${valid}\nauthor: Someone`), /author|Unrecognized/i],
    ["a level-one heading in the body", file(valid, "# Title again\n\nText."), /## for headings/],
    ["raw HTML in the body", file(valid, "Hello <script>alert(1)</script>"), /raw HTML/],
  ];
  for (const [what, source, message] of bad) {
    it(`rejects ${what}`, () => {
      expect(() => parseArticle("bad-article", source)).toThrow(ArticleError);
      expect(() => parseArticle("bad-article", source)).toThrow(message);
    });
  }

  it("rejects a file name that is not a slug, naming the file", () => {
    expect(() => parseArticle("Bad Name", file(valid))).toThrow(/content\/articles\/Bad Name\.md[\s\S]*lower-case words/);
  });
});

describe("the articles in content/articles", async () => {
  const articles = await listArticles();
  const slugs = new Set(articles.map((article) => article.slug));

  it("cover every topic the site promises", () => {
    expect(articles.length).toBeGreaterThanOrEqual(7);
    for (const slug of [
      "why-support-groups-help",
      "how-to-find-a-support-group",
      "your-first-meeting",
      "for-partners-how-to-help",
      "for-family-and-friends",
      "baby-blues-or-something-more",
      "starting-a-support-group",
    ]) {
      expect(slugs, slug).toContain(slug);
    }
    expect(new Set(articles.map((a) => a.audience))).toEqual(new Set(["parents", "partners", "family", "organisers"]));
  });

  for (const article of articles) {
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

      it("relates only to other articles that exist", () => {
        expect(article.related.length).toBeGreaterThan(0);
        for (const slug of article.related) {
          expect(slug).not.toBe(article.slug);
          expect(slugs, `${article.slug} relates to ${slug}`).toContain(slug);
        }
      });

      it("calls to action with a directory search the site accepts", () => {
        const url = new URL(article.cta.href, "http://localhost");
        expect(url.pathname).toBe("/groups");
        expect([...url.searchParams.keys()].length).toBeGreaterThan(0);
        expect(parseSearchParams(url.searchParams).problems).toEqual([]);
      });

      it("links only to pages that exist", () => {
        const known = new Set(["/help-now", "/families", "/submit", "/groups", "/articles"]);
        for (const [, href] of article.body.matchAll(/\]\(([^)]+)\)/g)) {
          const path = href!.split(/[?#]/)[0]!;
          const isArticle = path.startsWith("/articles/") && slugs.has(path.slice("/articles/".length));
          expect(isArticle || known.has(path), `${article.slug} links to ${href}`).toBe(true);
        }
      });
    });
  }

  it("give the crisis numbers and the help page where mental health is the subject", () => {
    const article = articles.find((a) => a.slug === "baby-blues-or-something-more")!;
    expect(article.body).toContain("](/help-now)");
    expect(article.body).toMatch(/call or text \*{0,2}988/);
    expect(article.body).toContain("1-833-852-6262");
    expect(article.body).toContain("your local emergency number");
  });

  it("send organisers to the listing form", () => {
    expect(articles.find((a) => a.slug === "starting-a-support-group")!.body).toContain("](/submit)");
  });
});
