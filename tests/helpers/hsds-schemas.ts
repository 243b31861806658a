import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { HSDS_EXTENSIONS } from "@/lib/open-data/hsds/extensions";

// The official HSDS 3.0 JSON Schemas (vendor/hsds-3.0), compiled with Ajv, in two versions:
// - "official": as published (unknown properties allowed, as HSDS allows extensions);
// - "strict": every object refuses properties it does not define, as the specification's own
//   example check does (compiletojsonschema --set-additional-properties-false-everywhere),
//   except Village's documented extensions (lib/open-data/hsds/extensions.ts), which are
//   added with their own schemas. A misspelt HSDS field or an undocumented one fails here.

const SCHEMA_DIR = path.resolve(import.meta.dirname, "../../vendor/hsds-3.0/schema");
const BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
const MODULAR = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".json") && f !== "openapi.json");
const LISTS = ["service_list", "service_at_location_list", "organization_list"].map((name) => `compiled/${name}.json`);

type Json = Record<string, unknown>;

const readSchema = (file: string): Json => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), "utf8")) as Json;

/** Sets additionalProperties: false on every object schema and adds the extensions where they belong. */
function makeStrict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(makeStrict);
  if (!node || typeof node !== "object") return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, makeStrict(value)])) as Json;
  if (copy.properties && typeof copy.properties === "object" && !Array.isArray(copy.properties)) {
    const extensions = typeof copy.name === "string" ? HSDS_EXTENSIONS[copy.name] : undefined;
    if (extensions && copy.type === "object") copy.properties = { ...(copy.properties as Json), ...extensions };
    copy.additionalProperties = false;
  }
  return copy;
}

/** organization.json with the `services` array that the API's organization responses carry (as compiled/organization.json has). */
function withServices(organization: Json): Json {
  return { ...organization, properties: { ...(organization.properties as Json), services: { type: "array", items: { $ref: "service.json" } } } };
}

const openapi = readSchema("openapi.json") as { components: { schemas: { Page: Json } }; paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: Json } } } } } }> };
const PAGING_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"];

export type HsdsSchemaName = "service" | "service_list" | "service_at_location_list" | "organization_list" | "organization" | "root";

function build(strict: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const prepare = (schema: Json) => (strict ? (makeStrict(schema) as Json) : schema);
  for (const file of MODULAR) {
    const schema = readSchema(file);
    ajv.addSchema(prepare({ ...(file === "organization.json" ? withServices(schema) : schema), $id: `${BASE}${file}` }));
  }
  for (const file of LISTS) ajv.addSchema(prepare({ ...readSchema(file), $id: `${BASE}${file}` }));
  const root = prepare({ ...openapi.paths["/"]!.get.responses[200].content["application/json"].schema, required: ["version", "profile", "openapi_url"] });
  const page = (item: string) => ({
    type: "object",
    allOf: [openapi.components.schemas.Page],
    required: [...PAGING_FIELDS, "contents"],
    properties: { contents: { type: "array", items: { $ref: `${BASE}${item}` } } },
  });
  const compile = (schema: Json) => ajv.compile(schema);
  return {
    single: {
      service: ajv.getSchema(`${BASE}service.json`)!,
      organization: ajv.getSchema(`${BASE}organization.json`)!,
      root: compile(root),
    } as Record<string, ValidateFunction>,
    page: {
      service_list: compile(page("compiled/service_list.json")),
      service: compile(page("service.json")),
      service_at_location_list: compile(page("compiled/service_at_location_list.json")),
      organization_list: compile(page("compiled/organization_list.json")),
    } as Record<string, ValidateFunction>,
  };
}

let cached: { official: ReturnType<typeof build>; strict: ReturnType<typeof build> } | undefined;
const validators = () => (cached ??= { official: build(false), strict: build(true) });

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);

/** The problems `data` has against the official schema and the strict copy; both empty when it conforms. */
export function checkHsds(kind: "single" | "page", name: string, data: unknown): { official: string[]; strict: string[] } {
  const { official, strict } = validators();
  const pick = (set: ReturnType<typeof build>) => {
    const validate = set[kind][name];
    if (!validate) throw new Error(`No ${kind} schema called ${name}`);
    return validate(data) ? [] : describeErrors(validate.errors);
  };
  return { official: pick(official), strict: pick(strict) };
}
