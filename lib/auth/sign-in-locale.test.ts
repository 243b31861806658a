import { describe, expect, it } from "vitest";
import { authRequestLocale, callbackInLocale, callbackLocale, localeOfPath, signInLinkLocale } from "./sign-in-locale";

describe("the language of a sign-in", () => {
  it("is the language of the page it returns to", () => {
    expect(localeOfPath("/es/organiser")).toBe("es");
    expect(localeOfPath("/es")).toBe("es");
    expect(localeOfPath("/organiser")).toBe("en");
    // A page whose name starts like a language is not in it.
    expect(localeOfPath("/essays")).toBe("en");
    expect(callbackLocale("http://localhost:3000/es/organiser/groups")).toBe("es");
    expect(callbackLocale(null)).toBe("en");
  });

  it("is read from the link next-auth emails", () => {
    const link = (callbackUrl: string) => `http://localhost:3000/api/auth/callback/email?callbackUrl=${encodeURIComponent(callbackUrl)}&token=t&email=a%40example.org`;
    expect(signInLinkLocale(link("http://localhost:3000/es/organiser"))).toBe("es");
    expect(signInLinkLocale(link("http://localhost:3000/organiser"))).toBe("en");
    expect(signInLinkLocale("not a link")).toBe("en");
  });

  it("is read from a request to next-auth: the callbackUrl asked for, else the one it remembered", async () => {
    expect(await authRequestLocale(new Request("http://localhost/api/auth/callback/email?callbackUrl=%2Fes%2Forganiser&token=t"))).toBe("es");
    const form = new Request("http://localhost/api/auth/signin/email", { method: "POST", body: new URLSearchParams({ email: "a@example.org", callbackUrl: "/es/organiser" }) });
    expect(await authRequestLocale(form)).toBe("es");
    // next-auth's error route carries no callbackUrl, only its cookie.
    const remembered = new Request("http://localhost/api/auth/error?error=Verification", { headers: { cookie: "a=1; next-auth.callback-url=http%3A%2F%2Flocalhost%2Fes%2Forganiser" } });
    expect(await authRequestLocale(remembered)).toBe("es");
    expect(await authRequestLocale(new Request("http://localhost/api/auth/error?error=Verification"))).toBe("en");
  });
});

describe("where a sign-in returns", () => {
  it("is the page asked for, in the language of the sign-in page", () => {
    expect(callbackInLocale("/organiser", "es")).toBe("/es/organiser");
    expect(callbackInLocale("/es/organiser/groups/g1/edit", "es")).toBe("/es/organiser/groups/g1/edit");
    expect(callbackInLocale("/es/organiser", "en")).toBe("/organiser");
    expect(callbackInLocale("/about", "en")).toBe("/about");
    expect(callbackInLocale("/es", "es")).toBe("/es");
  });

  it("is never another site, in any language", () => {
    for (const offSite of ["https://evil.example/", "//evil.example/es", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(callbackInLocale(offSite, "es")).toBe("/es/organiser");
      expect(callbackInLocale(offSite, "en")).toBe("/organiser");
    }
  });
});
