import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { LIST_PAGE_NAME, PAGE_COUNTERS, listPageRule, pageSizeRule, readPaper } from "./paper";

describe("readPaper", () => {
  it("takes the paper size out and leaves the search's parameters", () => {
    expect(readPaper({ paper: "A4", near: "Austin", day: ["tue", "thu"] })).toEqual({ paper: "a4", problem: null, rest: { near: "Austin", day: ["tue", "thu"] } });
    expect(readPaper({ paper: ["a4", "letter"] }).paper).toBe("letter");
    expect(readPaper({ near: "Leeds", paper: "" })).toEqual({ paper: null, problem: null, rest: { near: "Leeds" } });
  });

  it("explains a size it does not know, and falls back to the printer's own", () => {
    const { paper, problem } = readPaper({ paper: "a3" });
    expect(paper).toBeNull();
    expect(problem).toMatchObject({ param: "paper", value: "a3", kind: "invalid" });
    expect(problem?.message).toMatch(/a4 or letter/);
  });
});

describe("pageSizeRule", () => {
  it("asks for the chosen size, or leaves the printer's own", () => {
    expect(pageSizeRule("a4")).toBe("@page { size: A4; margin: 15mm; }");
    expect(pageSizeRule("letter")).toBe("@page { size: letter; margin: 15mm; }");
    expect(pageSizeRule(null)).toBe("");
  });
});

describe("listPageRule", () => {
  it("puts the crisis line and the page number on every page of the list, and only there", () => {
    const rule = listPageRule({ crisis: "In crisis? Call or text 988 (US) or your local emergency number.", pageOf: `Page ${PAGE_COUNTERS.page} of ${PAGE_COUNTERS.pages}` });
    expect(rule.startsWith(`@page ${LIST_PAGE_NAME} {`)).toBe(true);
    expect(rule).toContain('@bottom-left { content: "In crisis? Call or text 988 (US) or your local emergency number."');
    expect(rule).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it("follows the words of the page's language, in their order, and keeps quotes inside the CSS string", () => {
    const es = translatorFor("es", "Print");
    const rule = listPageRule({ crisis: es("crisisRunning", { number: "988" }), pageOf: es("pageOf", PAGE_COUNTERS) });
    expect(rule).toContain('@bottom-left { content: "¿Estás en crisis? Llama o envía un mensaje de texto al 988 (EE. UU.) o al número de emergencias de tu país."');
    expect(rule).toContain('content: "Página " counter(page) " de " counter(pages);');
    expect(listPageRule({ crisis: 'Say "help"', pageOf: `${PAGE_COUNTERS.page}/${PAGE_COUNTERS.pages}` })).toContain('content: "Say \\"help\\""; ');
    expect(listPageRule({ crisis: "x", pageOf: `${PAGE_COUNTERS.page}/${PAGE_COUNTERS.pages}` })).toContain('content: counter(page) "/" counter(pages);');
  });
});
