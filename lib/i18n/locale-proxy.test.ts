import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { isRedundantLocaleCookie, localizedResponse } from "./locale-proxy";

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, "http://village.test"), { headers });
const settingEnglish = () => {
  const response = NextResponse.next();
  response.headers.set("set-cookie", "NEXT_LOCALE=en; Path=/; SameSite=lax");
  return response;
};

describe("the language cookie", () => {
  it("is left out when it would only say English to a visitor English is given anyway", () => {
    expect(isRedundantLocaleCookie(request("/about"), settingEnglish())).toBe(true);
    expect(isRedundantLocaleCookie(request("/about", { "accept-language": "en-US,en;q=0.9" }), settingEnglish())).toBe(true);
  });

  it("is kept when it records a choice: a browser asking for Spanish, or a cookie to change", () => {
    expect(isRedundantLocaleCookie(request("/about", { "accept-language": "es-MX,es;q=0.9" }), settingEnglish())).toBe(false);
    expect(isRedundantLocaleCookie(request("/about", { cookie: "NEXT_LOCALE=es" }), settingEnglish())).toBe(false);
  });

  it("lets an English page with no cookie and no browser language be shared", () => {
    const response = localizedResponse(request("/about"), new Headers());
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("is still set when a page is viewed in another language than the browser's", () => {
    const response = localizedResponse(request("/es/about", { "accept-language": "en-US" }), new Headers({ "accept-language": "en-US" }));
    expect(response.headers.get("set-cookie")).toMatch(/^NEXT_LOCALE=es;/);
  });
});
