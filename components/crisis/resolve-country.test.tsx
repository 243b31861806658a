import { describe, expect, it } from "vitest";
import { countryFromAcceptLanguage, resolveCountry } from "./resolve-country";

// Named .test.tsx so the "unit" project (components/**/*.test.tsx) picks it up.
describe("resolveCountry", () => {
  it("prefers a valid ?country=, case-insensitively", () => {
    expect(resolveCountry({ query: "gb", acceptLanguage: "en-AU" })).toEqual({
      country: "GB",
      source: "query",
      rejectedQuery: false,
    });
  });

  it("accepts UK as an alias for GB", () => {
    expect(resolveCountry({ query: "UK", acceptLanguage: null }).country).toBe("GB");
  });

  it("ignores an unsupported ?country= and says so, falling back to the browser language", () => {
    expect(resolveCountry({ query: "ZZ<script>", acceptLanguage: "en-NZ,en;q=0.8" })).toEqual({
      country: "NZ",
      source: "language",
      rejectedQuery: true,
    });
  });

  it("takes the first value when ?country= is repeated", () => {
    expect(resolveCountry({ query: ["IE", "US"], acceptLanguage: null }).country).toBe("IE");
  });

  it("falls back to the United States", () => {
    expect(resolveCountry({ query: undefined, acceptLanguage: "fr-FR,fr;q=0.9" })).toEqual({
      country: "US",
      source: "default",
      rejectedQuery: false,
    });
  });
});

describe("countryFromAcceptLanguage", () => {
  it.each([
    ["en-GB,en;q=0.9", "GB"],
    ["en-AU", "AU"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "CA"],
    ["ga-IE", "IE"],
    ["zh-Hant-AU", "AU"],
    ["en_NZ", "NZ"],
    ["de-DE,en-GB;q=0.5", "GB"],
    ["en-US;q=0.2,en-GB;q=0.9", "GB"],
  ])("reads %s as %s", (header, expected) => {
    expect(countryFromAcceptLanguage(header)).toBe(expected);
  });

  it.each([[""], ["en"], ["*"], ["es-419"], ["en-GB;q=0"], ["de-DE,fr-FR"]])("finds nothing in %j", (header) => {
    expect(countryFromAcceptLanguage(header)).toBeNull();
  });
});
