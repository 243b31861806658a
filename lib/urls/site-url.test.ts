import { describe, expect, it } from "vitest";
import { absoluteUrl, isPublicUrl, requestOrigin, siteUrl } from "./site-url";

const headers = (values: Record<string, string>) => new Headers(values);
const unset = { SITE_URL: undefined, NEXTAUTH_URL: undefined, PORT: 3000 };

describe("siteUrl", () => {
  it("uses SITE_URL when it is a web address", () => {
    expect(siteUrl({ ...unset, SITE_URL: "https://village.example" }).href).toBe("https://village.example/");
  });

  it("prefers SITE_URL to NEXTAUTH_URL, and uses NEXTAUTH_URL without it", () => {
    expect(siteUrl({ ...unset, SITE_URL: "https://village.example", NEXTAUTH_URL: "https://auth.example" }).href).toBe("https://village.example/");
    expect(siteUrl({ ...unset, NEXTAUTH_URL: "https://auth.example" }).href).toBe("https://auth.example/");
  });

  it("falls back to this machine on PORT instead of throwing for a missing, empty or bad value", () => {
    for (const value of [undefined, "", "   ", "not a url", "ftp://village.example", "javascript:alert(1)"]) {
      expect(siteUrl({ ...unset, SITE_URL: value }).href).toBe("http://localhost:3000/");
    }
    expect(siteUrl({ ...unset, PORT: 3201 }).href).toBe("http://localhost:3201/");
  });
});

describe("absoluteUrl", () => {
  it("puts a path on the site's address, the same one sign-in links use", () => {
    expect(absoluteUrl("/groups/a-circle", { ...unset, NEXTAUTH_URL: "https://village.example" })).toBe("https://village.example/groups/a-circle");
    expect(absoluteUrl("/organiser/confirm?group=g", { ...unset, PORT: 3201 })).toBe("http://localhost:3201/organiser/confirm?group=g");
  });
});

describe("isPublicUrl", () => {
  it("tells this machine's addresses from public ones", () => {
    for (const local of ["http://localhost:3000", "http://127.0.0.1", "http://[::1]:3000", "http://village.localhost"]) expect(isPublicUrl(new URL(local))).toBe(false);
    for (const reachable of ["https://village.example", "http://192.0.2.10:3000"]) expect(isPublicUrl(new URL(reachable))).toBe(true);
  });
});

describe("requestOrigin", () => {
  it("prefers SITE_URL", () => {
    expect(requestOrigin(headers({ host: "evil.example" }), { ...unset, SITE_URL: "https://village.example/" })).toBe("https://village.example");
  });

  it("uses the request's host and protocol otherwise", () => {
    expect(requestOrigin(headers({ host: "localhost:3100" }), unset)).toBe("http://localhost:3100");
    expect(requestOrigin(headers({ host: "a", "x-forwarded-host": "village.example", "x-forwarded-proto": "https" }), unset)).toBe("https://village.example");
  });

  it("takes a Request, whose URL stands in when there is no Host header", () => {
    expect(requestOrigin(new Request("http://village.test/api/groups?near=Austin"), unset)).toBe("http://village.test");
    expect(requestOrigin(new Request("http://village.test/api/groups", { headers: { host: "localhost:3100" } }), unset)).toBe("http://localhost:3100");
  });

  it("reads Next.js's headers(), whose `in` answers for header names", () => {
    const real = headers({ host: "localhost:3100" });
    const lookalike = new Proxy(real, { has: () => true, get: (target, name) => (name === "get" ? target.get.bind(target) : undefined) });
    expect(requestOrigin(lookalike, unset)).toBe("http://localhost:3100");
  });

  it("ignores a host header that is not a plain host name", () => {
    expect(requestOrigin(headers({ host: "evil.example/<script>" }), unset)).toBe("http://localhost:3000");
    expect(requestOrigin(headers({}), unset)).toBe("http://localhost:3000");
  });
});
