import { describe, expect, it } from "vitest";
import { languageSwitchHref, localeCookieHeader } from "./language-choice";
import { languageChoiceTarget } from "./language-choice-target";

describe("choosing a language", () => {
  it("links through the choice route to the same page and query in the other language", () => {
    expect(languageSwitchHref("es", "/groups?online=only&day=tue")).toBe("/es/language?next=%2Fes%2Fgroups%3Fonline%3Donly%26day%3Dtue");
    expect(languageSwitchHref("en", "/groups?online=only")).toBe("/language?next=%2Fgroups%3Fonline%3Donly");
    expect(languageSwitchHref("es", "/")).toBe("/es/language?next=%2Fes");
    expect(languageSwitchHref("es", "/?near=Austin")).toBe("/es/language?next=%2Fes%3Fnear%3DAustin");
  });

  it("goes on to a page of this site in the chosen language, and nowhere else", () => {
    expect(languageChoiceTarget("es", "/es/groups?day=tue")).toBe("/es/groups?day=tue");
    expect(languageChoiceTarget("es", "/es")).toBe("/es");
    expect(languageChoiceTarget("en", "/groups?day=tue")).toBe("/groups?day=tue");
    for (const next of [null, "", "//evil.example/", "https://evil.example/", "/\\evil.example", "groups"]) {
      expect(languageChoiceTarget("es", next), String(next)).toBe("/es");
      expect(languageChoiceTarget("en", next), String(next)).toBe("/");
    }
    // A page in the other language is not what was chosen: its home instead.
    expect(languageChoiceTarget("es", "/groups")).toBe("/es");
    expect(languageChoiceTarget("en", "/es/groups")).toBe("/");
  });

  it("remembers the choice for a year, out of scripts' reach, secure over HTTPS", () => {
    expect(localeCookieHeader("es", false)).toBe("NEXT_LOCALE=es; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    expect(localeCookieHeader("es", true)).toMatch(/; Secure$/);
  });
});
