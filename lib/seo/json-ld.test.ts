import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  const hostile = { name: "</script><script>alert(1)</script>", note: "<!-- comment", lines: "a\u2028b\u2029c" };

  it("never lets text close the script element or open a comment", () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it("still parses back to exactly the same data", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
