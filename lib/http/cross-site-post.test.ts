import { describe, expect, it } from "vitest";
import { isCrossSitePost } from "./cross-site-post";

const post = (headers: Record<string, string>, method = "POST") => isCrossSitePost(method, new Headers(headers));

describe("isCrossSitePost", () => {
  it("refuses a post whose Origin is another site", () => {
    expect(post({ host: "village.example", origin: "https://evil.example" })).toBe(true);
    expect(post({ host: "village.example", origin: "https://village.example.evil.example" })).toBe(true);
  });

  it("accepts a post from the site itself", () => {
    expect(post({ host: "localhost:3000", origin: "http://localhost:3000" })).toBe(false);
    expect(post({ host: "Village.Example", origin: "https://village.example" })).toBe(false);
  });

  it("compares with the forwarded host behind a reverse proxy", () => {
    expect(post({ host: "127.0.0.1:3000", "x-forwarded-host": "village.example", origin: "https://village.example" })).toBe(false);
    expect(post({ host: "village.example", "x-forwarded-host": "internal:3000, village.example", origin: "https://village.example" })).toBe(true);
  });

  it("treats a port as part of the site", () => {
    expect(post({ host: "localhost:3000", origin: "http://localhost:4000" })).toBe(true);
  });

  it("refuses the opaque origin of sandboxed pages and nonsense", () => {
    expect(post({ host: "village.example", origin: "null" })).toBe(true);
    expect(post({ host: "village.example", origin: "not a url" })).toBe(true);
  });

  it("leaves posts without an Origin, and reads, to Next.js", () => {
    expect(post({ host: "village.example" })).toBe(false);
    expect(post({ host: "village.example", origin: "https://evil.example" }, "GET")).toBe(false);
    expect(post({ host: "village.example", origin: "https://evil.example" }, "HEAD")).toBe(false);
  });

  it("refuses when there is no host to compare with", () => {
    expect(post({ origin: "https://village.example" })).toBe(true);
  });
});
