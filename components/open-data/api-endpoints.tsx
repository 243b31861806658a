import { HSDS_ENDPOINTS, HSDS_PARAMS, type HsdsParamName } from "@/lib/open-data/hsds/params";

const ENDPOINTS = [
  { path: "/api/hsds", what: "The HSDS version (3.0), this profile, and the OpenAPI document." },
  { path: "/api/hsds/services", what: "Groups as services, 50 a page by name; full=true for everything about each; format=ndjson for all of them at once." },
  { path: "/api/hsds/services/{id}", what: "One group, fully nested: schedules, venue, online meeting place, languages, costs, phone." },
  { path: "/api/hsds/service_at_locations", what: "Groups at their venues and online; postcode and proximity find venues near a ZIP or postcode." },
  { path: "/api/hsds/organizations", what: "Each group as the organization that runs it." },
  { path: "/api/hsds/organizations/{id}", what: "One organization with its locations and its service." },
  { path: "/api/hsds/openapi.json", what: "The OpenAPI 3.1 description of all of this." },
] as const;

const takenBy = (name: HsdsParamName) =>
  Object.entries(HSDS_ENDPOINTS)
    .filter(([, endpoint]) => (endpoint.params as readonly string[]).includes(name))
    .map(([endpoint]) => `/${endpoint}`)
    .join(", ");

/** The API's endpoints and its query parameters, from the lists the API itself uses. */
export function ApiEndpoints() {
  return (
    <>
      <h3 className="text-xl">Endpoints</h3>
      <dl className="flex flex-col gap-3">
        {ENDPOINTS.map((endpoint) => (
          <div key={endpoint.path}>
            <dt>
              <code className="break-words rounded bg-paper-deep px-1.5 py-0.5 text-sm">GET {endpoint.path}</code>
            </dt>
            <dd className="mt-1">{endpoint.what}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-xl">Parameters</h3>
      <dl className="flex flex-col gap-3">
        {(Object.keys(HSDS_PARAMS) as HsdsParamName[]).map((name) => (
          <div key={name}>
            <dt>
              <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">{name}</code> <span className="text-sm text-ink-muted">({takenBy(name)})</span>
            </dt>
            <dd className="mt-1">{HSDS_PARAMS[name].description}</dd>
          </div>
        ))}
      </dl>
      <p>
        Filters combine: every result matches all of them. A value the API cannot use, or a parameter an endpoint does not take, is answered with{" "}
        <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">400</code> and a message saying which and why, never with more results than you asked for.
      </p>
    </>
  );
}
