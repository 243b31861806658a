import { describe, expect, it } from "vitest";
import { requestOrigin, resolveSiteUrl } from "./site-url";

const headers = (values: Record<string, string>) => new Headers(values);

describe("resolveSiteUrl", () => {
  it("uses SITE_URL when it is a web address", () => {
    expect(resolveSiteUrl("https://village.example").href).toBe("https://village.example/");
  });

  it("falls back to localhost instead of throwing for a missing, empty or bad value", () => {
    for (const value of [undefined, "", "   ", "not a url", "ftp://village.example", "javascript:alert(1)"]) {
      expect(resolveSiteUrl(value).href).toBe("http://localhost:3000/");
    }
  });
});

describe("requestOrigin", () => {
  it("prefers SITE_URL", () => {
    expect(requestOrigin(headers({ host: "evil.example" }), "https://village.example/")).toBe("https://village.example");
  });

  it("uses the request's host and protocol otherwise", () => {
    expect(requestOrigin(headers({ host: "localhost:3100" }), undefined)).toBe("http://localhost:3100");
    expect(requestOrigin(headers({ host: "a", "x-forwarded-host": "village.example", "x-forwarded-proto": "https" }), undefined)).toBe(
      "https://village.example",
    );
  });

  it("ignores a host header that is not a plain host name", () => {
    expect(requestOrigin(headers({ host: "evil.example/<script>" }), undefined)).toBe("http://localhost:3000");
    expect(requestOrigin(headers({}), undefined)).toBe("http://localhost:3000");
  });
});
