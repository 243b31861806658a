import { describe, expect, it } from "vitest";
import { AUDIENCES, VENUE_TYPES, slugOf } from "@/lib/groups/vocabulary";
import { translatorFor } from "@/lib/i18n/messages";
import { HSDS_EXTENSIONS } from "@/lib/open-data/hsds/extensions";
import { HSDS_PARAMS, type HsdsParamName } from "@/lib/open-data/hsds/params";
import { AUDIENCE_TAXONOMY, FEATURE_TAXONOMY, TAXONOMIES, VENUE_TAXONOMY } from "@/lib/open-data/hsds/taxonomies";
import { markupWithIntl } from "@/tests/helpers/render-with-intl";
import { ApiEndpoints, PARAM_LIMITS } from "./api-endpoints";
import { ExtensionFields, TaxonomyTerms } from "./profile-details";

// The page explains the API in words of its own messages; in English they must be the very
// words the OpenAPI document and the API's taxonomies publish, so the two never drift apart.
const en = translatorFor("en", "OpenData");
const vocabulary = translatorFor("en", "Vocabulary");
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the open-data page's English", () => {
  it("describes each parameter as the OpenAPI document does", () => {
    for (const name of Object.keys(HSDS_PARAMS) as HsdsParamName[]) {
      expect(en(`params.${name}`, { max: PARAM_LIMITS[name] ?? 0 }), name).toBe(HSDS_PARAMS[name].description);
    }
  });

  it("describes each extension field as the OpenAPI document does, without its prefix", () => {
    for (const [object, fields] of Object.entries(HSDS_EXTENSIONS)) {
      for (const [field, schema] of Object.entries(fields)) {
        const published = String(schema.description).replace(/^Village extension: /, "");
        expect(en(`extensions.${object}.${field}` as "extensions.service.summary"), `${object}.${field}`).toBe(published.charAt(0).toUpperCase() + published.slice(1));
      }
    }
  });

  it("names the taxonomies and their terms as the API does", () => {
    for (const taxonomy of TAXONOMIES) {
      const key = taxonomy.key as "audience" | "feature" | "venue-type";
      expect(en(`taxonomies.${key}.name`)).toBe(taxonomy.name);
      expect(en(`taxonomies.${key}.description`)).toBe(taxonomy.description);
    }
    for (const term of FEATURE_TAXONOMY.terms) expect(en(`features.${term.code}`)).toBe(term.name);
    for (const term of AUDIENCE_TAXONOMY.terms) expect(vocabulary(`audiences.${slugOf(AUDIENCES, term.code)}`)).toBe(term.name);
    for (const term of VENUE_TAXONOMY.terms) expect(vocabulary(`venues.${slugOf(VENUE_TYPES, term.code)}`)).toBe(term.name);
  });
});

describe("the open-data page in Spanish", () => {
  it("explains the endpoints and parameters in Spanish and leaves paths and names as the API spells them", () => {
    const html = text(markupWithIntl(<ApiEndpoints />, "es"));
    expect(html).toContain("Parámetros");
    expect(html).toContain("GET /api/hsds/service_at_locations");
    expect(html).toContain("Metros desde el centro de postcode (necesita postcode), como máximo 500.000.");
    expect(html).toContain("per_page (/services, /service_at_locations, /organizations)");
    expect(html).not.toContain("Full text search");
  });

  it("words the fields and taxonomy terms in Spanish, with their codes and ids unchanged", () => {
    const fields = text(markupWithIntl(<ExtensionFields />, "es"));
    expect(fields).toContain("schedule.timezone_name");
    expect(fields).toContain("La zona horaria IANA");
    const terms = text(markupWithIntl(<TaxonomyTerms />, "es"));
    expect(terms).toContain("Públicos de Village");
    expect(terms).toContain("BABIES_WELCOME Los bebés son bienvenidos");
    expect(terms).toContain("PARTNERS_DADS Parejas y papás");
    expect(terms).not.toContain("Village audiences");
  });
});
