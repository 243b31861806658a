// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { embedSnippet, linkSnippet } from "./embed-snippet";

const parse = (html: string) => {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
};

describe("embedSnippet", () => {
  it("is one titled iframe of the embed with every search parameter kept", () => {
    const src = "https://village.example/embed/groups?near=Austin&day=tue&day=thu&online=hide";
    const html = embedSnippet({ src, title: "Support groups near Austin, TX, from Village" });
    const nodes = parse(html);
    expect(nodes.children).toHaveLength(1);
    const frame = nodes.querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe(src);
    expect(frame.title).toBe("Support groups near Austin, TX, from Village");
    expect(frame.getAttribute("height")).toBe("640");
    expect(frame.getAttribute("loading")).toBe("lazy");
    // The ampersands are written as HTML wants them in an attribute.
    expect(html).toContain("near=Austin&amp;day=tue&amp;day=thu");
  });

  it("escapes a title that could close the attribute or open a tag", () => {
    const frame = parse(embedSnippet({ src: "https://v.example/embed/groups?q=%22x%22", title: `Groups "near" <b>you</b> & yours`, height: 480.4 })).querySelector("iframe")!;
    expect(frame.title).toBe(`Groups "near" <b>you</b> & yours`);
    expect(frame.getAttribute("height")).toBe("480");
    expect(frame.attributes).toHaveLength(6);
  });
});

describe("linkSnippet", () => {
  it("is one link whose text is text, not markup", () => {
    const link = parse(linkSnippet({ href: "https://v.example/groups?near=A&cost=free", text: "Groups <near> A & B" })).querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://v.example/groups?near=A&cost=free");
    expect(link.textContent).toBe("Groups <near> A & B");
    expect(link.children).toHaveLength(0);
  });
});
