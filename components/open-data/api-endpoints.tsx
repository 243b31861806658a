import { useTranslations } from "next-intl";
import { HSDS_ENDPOINTS, HSDS_PARAMS, MAX_PER_PAGE, MAX_PROXIMITY, type HsdsParamName } from "@/lib/open-data/hsds/params";

// The paths are the API's own; what each one gives is worded in the OpenData messages.
const ENDPOINTS = [
  { path: "/api/hsds", key: "root" },
  { path: "/api/hsds/services", key: "services" },
  { path: "/api/hsds/services/{id}", key: "service" },
  { path: "/api/hsds/service_at_locations", key: "serviceAtLocations" },
  { path: "/api/hsds/organizations", key: "organizations" },
  { path: "/api/hsds/organizations/{id}", key: "organization" },
  { path: "/api/hsds/openapi.json", key: "openapi" },
] as const;

/** The limits some parameters' descriptions state, from the values the API checks against. */
export const PARAM_LIMITS: Partial<Record<HsdsParamName, number>> = { proximity: MAX_PROXIMITY, per_page: MAX_PER_PAGE };

const code = "rounded bg-paper-deep px-1.5 py-0.5 text-sm";

const takenBy = (name: HsdsParamName) =>
  Object.entries(HSDS_ENDPOINTS)
    .filter(([, endpoint]) => (endpoint.params as readonly string[]).includes(name))
    .map(([endpoint]) => `/${endpoint}`)
    .join(", ");

/**
 * The API's endpoints and its query parameters, from the lists the API itself uses. The
 * English descriptions are the OpenAPI document's own (a unit test keeps them equal).
 */
export function ApiEndpoints() {
  const t = useTranslations("OpenData");
  return (
    <>
      <h3 className="text-xl">{t("api.endpointsHeading")}</h3>
      <dl className="flex flex-col gap-3">
        {ENDPOINTS.map((endpoint) => (
          <div key={endpoint.path}>
            <dt>
              <code className={`break-words ${code}`}>GET {endpoint.path}</code>
            </dt>
            <dd className="mt-1">{t(`endpoints.${endpoint.key}`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-xl">{t("api.paramsHeading")}</h3>
      <dl className="flex flex-col gap-3">
        {(Object.keys(HSDS_PARAMS) as HsdsParamName[]).map((name) => (
          <div key={name}>
            <dt>
              <code className={code}>{name}</code> <span className="text-sm text-ink-muted">({takenBy(name)})</span>
            </dt>
            <dd className="mt-1">{t(`params.${name}`, { max: PARAM_LIMITS[name] ?? 0 })}</dd>
          </div>
        ))}
      </dl>
      <p>{t.rich("api.filters", { code: (chunks) => <code className={code}>{chunks}</code> })}</p>
    </>
  );
}
