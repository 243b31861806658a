import type { Licence } from "@/lib/open-data/licences";
import { HSDS_EXTENSIONS } from "./extensions";
import { HSDS_ENDPOINTS, HSDS_PARAMS, type HsdsEndpoint, type HsdsParamName } from "./params";

// The OpenAPI 3.1 document of Village's HSDS profile, served at /api/hsds/openapi.json. It
// follows the HSDS OpenAPI reference (same paths, parameters and Page schema), points at
// the official HSDS schemas for the objects, and adds Village's documented extensions.
// Parameters come from params.ts, the list the API itself parses with.

const HSDS_SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ "application/json": { schema } });
const page = (items: Json) => ({ allOf: [ref("Page")], type: "object", properties: { contents: { type: "array", items } } });

const PAGE_SCHEMA = {
  type: "object",
  required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
  properties: {
    total_items: { type: "integer", description: "The total number of entities returned." },
    total_pages: { type: "integer", description: "Count of total pages." },
    page_number: { type: "integer", description: "The number of the current page." },
    size: { type: "integer", description: "The number of entities in the current page." },
    first_page: { type: "boolean", description: "Whether this is the first page." },
    last_page: { type: "boolean", description: "Whether this is the last page." },
    empty: { type: "boolean", description: "Whether this page is empty." },
  },
};

const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "string", enum: ["invalid_parameters", "not_found", "database_unavailable"] },
    message: { type: "string" },
    problems: {
      type: "array",
      items: { type: "object", required: ["param", "value", "message"], properties: { param: { type: "string" }, value: { type: "string" }, message: { type: "string" } } },
    },
  },
};

const paramRef = (name: HsdsParamName) => ({ $ref: `#/components/parameters/${name}` });
const listParams = (endpoint: HsdsEndpoint) => HSDS_ENDPOINTS[endpoint].params.map(paramRef);

const errors = {
  400: { description: "A parameter is not valid or not taken by this endpoint; `problems` says which and why.", content: json(ref("Error")) },
  503: { description: "The directory's database is unavailable; try again shortly.", content: json(ref("Error")) },
};
const idParam = (what: string) => ({ in: "path", name: "id", required: true, description: `The id (a UUID) of the ${what}.`, schema: { type: "string", format: "uuid" } });

const PROFILE = `Village publishes every public support group (published by a moderator and confirmed by its organiser within the last 12 months) as an HSDS 3.0 service. Nothing else is published: no unpublished or lapsed listing, no organiser's name or email, no contact email, no address of a group that meets only online, and an online join link only where the organiser chose to show it.

- **Organizations.** Village keeps no separate record of who runs a group, so each group is also its own organization (its name, summary, website and public phone).
- **Ids.** Every id is a UUID. A service's id stays the same when the group is renamed or moves; the ids inside it are derived from it.
- **Schedules.** Each meeting is one schedule: freq WEEKLY (interval 2 for fortnightly) or MONTHLY with byday such as 2TU or -1FR, dtstart (the first meeting), until (the last possible date), opens_at and closes_at in local time with the UTC offset at the next meeting. HSDS 3.0 has only a UTC offset for a time zone (openreferral/specification issue 265), so each schedule also names its IANA zone in the extension field timezone_name; cancelled dates are in the extension field cancellations, and cancellations in the next four weeks in the service's alert.
- **Taxonomies.** Who a group is for, what it offers and the kind of venue are attributes with Village's own taxonomy terms (codes are Village's enum values).
- **Bulk download.** /services?format=ndjson streams every public service, fully nested, one a line.`;

/** The OpenAPI document, with links on `origin` and the data's licence. */
export function hsdsOpenApiDocument({ origin, licence }: { origin: string; licence: Licence }) {
  const extension = (object: string) => ({ type: "object", properties: HSDS_EXTENSIONS[object] });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Village HSDS API",
      version: "1.0.0",
      summary: "Postpartum support groups as Human Services Data Specification 3.0 open data.",
      description: PROFILE,
      contact: { name: "Village open data", url: `${origin}/open-data` },
      license: licence.id ? { name: licence.title, identifier: licence.id } : { name: licence.title, url: licence.url },
    },
    externalDocs: { description: "What is published, and how to use it", url: `${origin}/open-data` },
    servers: [{ url: `${origin}/api/hsds` }],
    paths: {
      "/": {
        get: {
          operationId: "getAPIMetaInformation",
          summary: "The HSDS version and profile of this API, and where this document is.",
          responses: {
            200: {
              description: "Information about this API.",
              content: json({
                type: "object",
                required: ["version", "profile", "openapi_url"],
                properties: { version: { type: "string", const: "3.0" }, profile: { type: "string", format: "uri" }, openapi_url: { type: "string", format: "uri" } },
              }),
            },
          },
        },
      },
      "/services": {
        get: {
          operationId: "getPaginatedListOfServices",
          summary: "Public groups as services, by name: one-to-one fields, fully nested with full=true, or all of them with format=ndjson.",
          parameters: listParams("services"),
          responses: {
            200: {
              description: "A page of services, or with format=ndjson every matching service, one JSON object a line.",
              content: {
                ...json(page({ oneOf: [ref("ServiceListItem"), ref("Service")] })),
                "application/x-ndjson": { schema: ref("Service") },
              },
            },
            ...errors,
          },
        },
      },
      "/services/{id}": {
        get: {
          operationId: "getFullyNestedServiceById",
          summary: "One public group as a fully nested service.",
          parameters: [idParam("service")],
          responses: { 200: { description: "The service.", content: json(ref("Service")) }, 404: { description: "No public service has that id.", content: json(ref("Error")) }, ...errors },
        },
      },
      "/service_at_locations": {
        get: {
          operationId: "getPaginatedListOfServiceAtLocation",
          summary: "Groups at their venues (physical) and online (virtual); with postcode, venues only, nearest first with proximity.",
          parameters: listParams("service_at_locations"),
          responses: { 200: { description: "A page of service_at_locations.", content: json(page(ref("ServiceAtLocationListItem"))) }, ...errors },
        },
      },
      "/organizations": {
        get: {
          operationId: "getPaginatedListOfOrganizations",
          summary: "Each public group as the organization that runs it, by name.",
          parameters: listParams("organizations"),
          responses: { 200: { description: "A page of organizations.", content: json(page({ $ref: `${HSDS_SCHEMAS}/compiled/organization_list.json` })) }, ...errors },
        },
      },
      "/organizations/{id}": {
        get: {
          operationId: "getOrganizationById",
          summary: "One organization with its locations and its service's one-to-one fields.",
          parameters: [idParam("organization")],
          responses: {
            200: { description: "The organization.", content: json({ $ref: `${HSDS_SCHEMAS}/compiled/organization.json` }) },
            404: { description: "No public organization has that id.", content: json(ref("Error")) },
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: {
        Page: PAGE_SCHEMA,
        Error: ERROR_SCHEMA,
        Schedule: { allOf: [{ $ref: `${HSDS_SCHEMAS}/schedule.json` }, extension("schedule")] },
        Service: {
          allOf: [
            { $ref: `${HSDS_SCHEMAS}/compiled/service.json` },
            { type: "object", properties: { ...HSDS_EXTENSIONS.service, schedules: { type: "array", items: ref("Schedule") } } },
          ],
        },
        ServiceListItem: { allOf: [{ $ref: `${HSDS_SCHEMAS}/compiled/service_list.json` }, extension("service")] },
        ServiceAtLocationListItem: {
          allOf: [{ $ref: `${HSDS_SCHEMAS}/compiled/service_at_location_list.json` }, { type: "object", properties: { service: extension("service") } }],
        },
      },
      parameters: Object.fromEntries(
        Object.entries(HSDS_PARAMS).map(([name, param]) => [name, { name, in: "query", required: false, description: param.description, schema: param.schema }]),
      ),
    },
  };
}
