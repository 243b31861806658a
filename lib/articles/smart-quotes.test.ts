import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { remarkSmartQuotes, smartQuotes } from "./smart-quotes";

describe("smartQuotes", () => {
  it("curls apostrophes and pairs double quotes", () => {
    expect(smartQuotes(`You're "fine", she said ("really").`)).toBe("You’re “fine”, she said (“really”).");
    expect(smartQuotes(`"How are you?" and "me too"`)).toBe("“How are you?” and “me too”");
  });
});

describe("remarkSmartQuotes", () => {
  it("reads quotes across emphasis and leaves code alone", () => {
    const tree = fromMarkdown('Say "**that sounds hard**" and `"code"` isn\'t touched');
    remarkSmartQuotes()(tree as never);
    const texts: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.value !== undefined) texts.push(node.value);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree as never);
    expect(texts.join("|")).toBe('Say “|that sounds hard|” and |"code"| isn’t touched');
  });
});
