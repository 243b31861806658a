import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { localizedResponse } from "./locale-proxy";

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, "http://village.test"), { headers });

describe("serving a page in its language", () => {
  it("sets no cookie, whatever the page's language and the browser's, so pages can be shared", () => {
    for (const [path, language] of [
      ["/about", undefined],
      ["/about", "en-US,en;q=0.9"],
      ["/es/about", "en-US"],
      ["/about", "es-MX,es;q=0.9"],
      ["/es/embed/groups", "en-US"],
    ] as const) {
      const headers: Record<string, string> = language ? { "accept-language": language } : {};
      const response = localizedResponse(request(path, headers), new Headers(headers));
      expect(response.headers.get("set-cookie"), `${path} ${language}`).toBeNull();
    }
  });

  it("sends the /en/… form of a page to its unprefixed address", () => {
    const response = localizedResponse(request("/en/about"), new Headers());
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/about");
  });
});
