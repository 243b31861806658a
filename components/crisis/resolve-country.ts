import { z } from "zod";
import { defaultCountry, supportedCountries, type CountryCode } from "./crisis-numbers";

const countryParam = z
  .string()
  .trim()
  .toUpperCase()
  // People in Britain say UK; ISO says GB.
  .transform((code) => (code === "UK" ? "GB" : code))
  .pipe(z.enum(supportedCountries));

export type CountryChoice = {
  country: CountryCode;
  /** How we chose: an explicit link, the browser's language region, or the fallback. */
  source: "query" | "language" | "default";
  /** True when a ?country= value was given but is not one we have numbers for. */
  rejectedQuery: boolean;
};

/**
 * Picks whose numbers to show first, without tracking: an explicit ?country= wins, then the
 * region in the browser's Accept-Language (en-GB -> GB), then the United States.
 */
export function resolveCountry(input: {
  query: string | string[] | undefined;
  acceptLanguage: string | null | undefined;
}): CountryChoice {
  const raw = Array.isArray(input.query) ? input.query[0] : input.query;
  let rejectedQuery = false;
  if (raw !== undefined && raw.trim() !== "") {
    const parsed = countryParam.safeParse(raw);
    if (parsed.success) return { country: parsed.data, source: "query", rejectedQuery };
    rejectedQuery = true;
  }
  const fromLanguage = countryFromAcceptLanguage(input.acceptLanguage);
  if (fromLanguage) return { country: fromLanguage, source: "language", rejectedQuery };
  return { country: defaultCountry, source: "default", rejectedQuery };
}

/** The first supported region in an Accept-Language header, by preference order. */
export function countryFromAcceptLanguage(header: string | null | undefined): CountryCode | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  for (const { tag } of ranges) {
    // language[-script][-REGION]...: the region is the first two-letter subtag after the language.
    const region = tag.split(/[-_]/).slice(1).find((subtag) => /^[a-z]{2}$/i.test(subtag));
    if (!region) continue;
    const parsed = countryParam.safeParse(region);
    if (parsed.success) return parsed.data;
  }
  return null;
}
