import { describe, expect, it } from "vitest";
import { KNOWN_LICENCES } from "@/lib/open-data/licences";
import { hsdsOpenApiDocument } from "./openapi-document";
import { toHsdsPage } from "./paging";
import { DEFAULT_PER_PAGE, HSDS_ENDPOINTS, parseHsdsId, parseHsdsQuery } from "./params";

const parse = (endpoint: keyof typeof HSDS_ENDPOINTS, query: string) => parseHsdsQuery(endpoint, new URLSearchParams(query));

describe("parseHsdsQuery", () => {
  it("reads the HSDS parameters, with defaults", () => {
    expect(parse("services", "")).toEqual({ ok: true, query: { full: false, format: "json", page: 1, perPage: DEFAULT_PER_PAGE } });
    expect(parse("services", "search=+breastfeeding+&modified_after=2026-11-01&page=3&per_page=20&full=true&format=ndjson&organization_id=3F1C2B9E-8D4A-4C6F-9E2B-7A5D1C3E9F01")).toEqual({
      ok: true,
      query: {
        search: "breastfeeding",
        modifiedAfter: new Date("2026-11-01T00:00:00Z"),
        organizationId: "3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01",
        full: true,
        format: "ndjson",
        page: 3,
        perPage: 20,
      },
    });
    expect(parse("service_at_locations", "postcode=78704&proximity=5000")).toMatchObject({ ok: true, query: { postcode: "78704", proximity: 5000 } });
    expect(parse("services", "modified_after=2026-11-01T09:30:00-06:00")).toMatchObject({ ok: true, query: { modifiedAfter: new Date("2026-11-01T15:30:00Z") } });
  });

  it("treats empty values as not given", () => {
    expect(parse("organizations", "search=&page=&per_page=")).toEqual(parse("organizations", ""));
  });

  it("names every problem: bad values, parameters the endpoint does not take, formats and proximity without a postcode", () => {
    const result = parse("organizations", "page=0&per_page=2.5&postcode=78704&format=ndjson");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.param)).toEqual(["page", "per_page", "postcode", "format"]);
    expect(parse("service_at_locations", "proximity=100")).toEqual({ ok: false, problems: [{ param: "proximity", value: "100", message: "proximity is measured from a postcode: give postcode too." }] });
    expect(parse("services", "modified_after=1/11/2026")).toMatchObject({ ok: false, problems: [{ param: "modified_after" }] });
  });

  it("takes path ids that are UUIDs only", () => {
    expect(parseHsdsId("3F1C2B9E-8D4A-4C6F-9E2B-7A5D1C3E9F01")).toEqual({ ok: true, id: "3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01" });
    expect(parseHsdsId("some-group")).toMatchObject({ ok: false, problems: [{ param: "id" }] });
  });
});

describe("toHsdsPage", () => {
  it("fills the HSDS paging fields", () => {
    expect(toHsdsPage(["a", "b"], { total: 5, page: 1, perPage: 2 })).toEqual({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: ["a", "b"] });
    expect(toHsdsPage(["e"], { total: 5, page: 3, perPage: 2 })).toMatchObject({ size: 1, first_page: false, last_page: true });
    expect(toHsdsPage([], { total: 0, page: 1, perPage: 50 })).toMatchObject({ total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});

describe("hsdsOpenApiDocument", () => {
  it("states the licence by SPDX identifier, or by name and address", () => {
    expect(hsdsOpenApiDocument({ origin: "https://v.example", licence: KNOWN_LICENCES["CC-BY-4.0"]! }).info.license).toEqual({ name: "CC BY 4.0", identifier: "CC-BY-4.0" });
    expect(hsdsOpenApiDocument({ origin: "https://v.example", licence: { id: null, title: "Town Licence", url: "https://town.example/l" } }).info.license).toEqual({ name: "Town Licence", url: "https://town.example/l" });
  });

  it("documents every parameter each list endpoint takes", () => {
    const doc = hsdsOpenApiDocument({ origin: "https://v.example", licence: KNOWN_LICENCES["CC-BY-4.0"]! });
    for (const [endpoint, { params }] of Object.entries(HSDS_ENDPOINTS)) {
      const documented = (doc.paths[`/${endpoint}` as keyof typeof doc.paths].get as { parameters: { $ref: string }[] }).parameters.map((p) => p.$ref.replace("#/components/parameters/", ""));
      expect(documented).toEqual(params);
      for (const name of documented) expect(doc.components.parameters[name]).toMatchObject({ name, in: "query" });
    }
  });
});
