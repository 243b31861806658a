import type { HsdsParamProblem } from "./params";

// Every /api/hsds answer carries the same headers as the site's other public JSON: anyone
// may read it from any site, and caches may keep it for a minute.
export const HSDS_HEADERS = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } as const;

export const hsdsJson = (body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) =>
  Response.json(body, { status: init.status ?? 200, headers: { ...HSDS_HEADERS, ...init.headers } });

/** 400 with every problem, in the shape /api/groups uses. */
export const invalidParameters = (problems: HsdsParamProblem[]) => hsdsJson({ error: "invalid_parameters", problems }, { status: 400 });

export const notFound = (message: string) => hsdsJson({ error: "not_found", message }, { status: 404 });
