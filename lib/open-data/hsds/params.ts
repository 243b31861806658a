import { z } from "zod";

// The query parameters of the HSDS API, named as the HSDS OpenAPI reference names them, each
// with its zod check and its description. The route handlers parse with these, and the
// OpenAPI document (openapi-document.ts) is written from the same list, so what the
// document promises is what the API accepts. A bad value, or a parameter an endpoint does
// not take, is a 400 that says which and why: filters combine with AND in HSDS, so quietly
// ignoring one would return more than was asked for.

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
/** The largest `proximity`, in metres. */
export const MAX_PROXIMITY = 500_000;

const whole = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number.`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} must be at least ${min}.`).max(max, `${what} can be at most ${max.toLocaleString("en-US")}.`));

const uuid = (what: string) => z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `${what} must be a UUID, such as 3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01.`).transform((v) => v.toLowerCase());

const trueOrFalse = z.enum(["true", "false"], { message: 'Use "true" or "false".' }).transform((v) => v === "true");

const moment = z
  .string()
  .refine((v) => z.iso.date().safeParse(v).success || z.iso.datetime({ offset: true }).safeParse(v).success, {
    message: "Give a date (2026-11-01) or a date and time with its offset (2026-11-01T09:00:00Z).",
  })
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v));

type JsonSchema = Record<string, unknown>;

type ParamSpec<T> = { description: string; schema: JsonSchema; parse: z.ZodType<T, string> };

const spec = <T>(description: string, schema: JsonSchema, parse: z.ZodType<T, string>): ParamSpec<T> => ({ description, schema, parse });

export const HSDS_PARAMS = {
  search: spec("Full text search in the group's name, summary, description, venue and town; spelling mistakes are forgiven.", { type: "string", maxLength: 100 }, z.string().trim().max(100, "Search words are at most 100 characters.")),
  modified_after: spec("Only results modified on or after this date (midnight UTC) or date and time.", { type: "string", anyOf: [{ format: "date" }, { format: "date-time" }], examples: ["2026-11-01", "2026-11-01T09:00:00Z"] }, moment),
  organization_id: spec("Only the services of this organization.", { type: "string", format: "uuid" }, uuid("organization_id")),
  taxonomy_term_id: spec("Only results with this taxonomy term (see the taxonomies on /open-data).", { type: "string", format: "uuid" }, uuid("taxonomy_term_id")),
  taxonomy_id: spec("Only results with any term of this taxonomy.", { type: "string", format: "uuid" }, uuid("taxonomy_id")),
  postcode: spec(
    "A US ZIP code, Canadian postal code or Australian postcode. Alone: only locations with that postcode. With proximity: locations within that many metres of the postcode's centre, nearest first.",
    { type: "string", maxLength: 12 },
    z.string().trim().min(1).max(12, "A postcode is at most 12 characters."),
  ),
  proximity: spec(`Metres from the centre of postcode (needs postcode), at most ${MAX_PROXIMITY.toLocaleString("en-US")}.`, { type: "integer", minimum: 1, maximum: MAX_PROXIMITY }, whole("proximity", 1, MAX_PROXIMITY)),
  full: spec("true: fully nested services (schedules, locations, languages…) instead of their one-to-one fields.", { type: "boolean", default: false }, trueOrFalse),
  format: spec(
    "json (default), or ndjson: every matching service, fully nested, one JSON object a line, without pages (the bulk download).",
    { type: "string", enum: ["json", "ndjson"], default: "json" },
    z.enum(["json", "ndjson"], { message: 'format is "json" or "ndjson".' }),
  ),
  page: spec("Page number, from 1.", { type: "integer", minimum: 1, default: 1 }, whole("page", 1, 100_000)),
  per_page: spec(`Results a page, at most ${MAX_PER_PAGE}.`, { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE }, whole("per_page", 1, MAX_PER_PAGE)),
} as const;

export type HsdsParamName = keyof typeof HSDS_PARAMS;

/** Which parameters each list endpoint takes, and the formats it answers in. */
export const HSDS_ENDPOINTS = {
  services: { params: ["search", "modified_after", "organization_id", "taxonomy_term_id", "taxonomy_id", "full", "format", "page", "per_page"], formats: ["json", "ndjson"] },
  service_at_locations: { params: ["search", "modified_after", "organization_id", "taxonomy_term_id", "taxonomy_id", "postcode", "proximity", "format", "page", "per_page"], formats: ["json"] },
  organizations: { params: ["search", "format", "page", "per_page"], formats: ["json"] },
} as const satisfies Record<string, { params: readonly HsdsParamName[]; formats: readonly string[] }>;

export type HsdsEndpoint = keyof typeof HSDS_ENDPOINTS;

export type HsdsQuery = {
  search?: string;
  modifiedAfter?: Date;
  organizationId?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  postcode?: string;
  proximity?: number;
  full: boolean;
  format: "json" | "ndjson";
  page: number;
  perPage: number;
};

export type HsdsParamProblem = { param: string; value: string; message: string };

/** The query of a list endpoint, or every problem with it. Empty values count as not given. */
export function parseHsdsQuery(endpoint: HsdsEndpoint, params: URLSearchParams): { ok: true; query: HsdsQuery } | { ok: false; problems: HsdsParamProblem[] } {
  const { params: accepted, formats } = HSDS_ENDPOINTS[endpoint];
  const problems: HsdsParamProblem[] = [];
  const values = new Map<string, unknown>();
  const given = new Map<string, string>();
  params.forEach((value, key) => {
    if (value.trim() !== "") given.set(key, value);
  });
  for (const [key, value] of given) {
    if (!(accepted as readonly string[]).includes(key)) {
      problems.push({ param: key, value, message: `/${endpoint} does not take "${key}". It takes: ${accepted.join(", ")}.` });
      continue;
    }
    const parsed = HSDS_PARAMS[key as HsdsParamName].parse.safeParse(value);
    if (parsed.success) values.set(key, parsed.data);
    else problems.push({ param: key, value, message: parsed.error.issues[0]?.message ?? "This value is not valid." });
  }
  const format = (values.get("format") as HsdsQuery["format"] | undefined) ?? "json";
  if (!(formats as readonly string[]).includes(format)) {
    problems.push({ param: "format", value: format, message: `/${endpoint} answers in JSON only; the bulk download is /api/hsds/services?format=ndjson.` });
  }
  if (given.has("proximity") && !given.has("postcode")) {
    problems.push({ param: "proximity", value: given.get("proximity")!, message: "proximity is measured from a postcode: give postcode too." });
  }
  if (problems.length) return { ok: false, problems };
  const get = <T>(key: HsdsParamName) => values.get(key) as T | undefined;
  return {
    ok: true,
    query: {
      search: get<string>("search") || undefined,
      modifiedAfter: get<Date>("modified_after"),
      organizationId: get<string>("organization_id"),
      taxonomyTermId: get<string>("taxonomy_term_id"),
      taxonomyId: get<string>("taxonomy_id"),
      postcode: get<string>("postcode"),
      proximity: get<number>("proximity"),
      full: get<boolean>("full") ?? false,
      format,
      page: get<number>("page") ?? 1,
      perPage: get<number>("per_page") ?? DEFAULT_PER_PAGE,
    },
  };
}

/** A path id (/services/{id}): a UUID, or the problem with it. */
export function parseHsdsId(value: string): { ok: true; id: string } | { ok: false; problems: HsdsParamProblem[] } {
  const parsed = uuid("id").safeParse(value);
  return parsed.success ? { ok: true, id: parsed.data } : { ok: false, problems: [{ param: "id", value, message: parsed.error.issues[0]?.message ?? "Not a UUID." }] };
}
