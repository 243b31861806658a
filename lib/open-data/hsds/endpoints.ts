import { getDb } from "@/lib/db/client";
import { requestOrigin } from "@/lib/urls/site-url";
import { listingIdForOrganization } from "./ids";
import { listingToHsdsService, listingToHsdsServiceSummary, type HsdsContext } from "./listing-to-hsds";
import { toLocationSummary } from "./locations";
import { ndjsonStream, startBatches } from "./ndjson";
import { toOrganization, toOrganizationSummary } from "./organizations";
import { toHsdsPage } from "./paging";
import { parseHsdsId, parseHsdsQuery } from "./params";
import { findListing, findListingsPage, findPostcodeCentre, findServiceAtLocationsPage, listingBatches } from "./queries";
import { HSDS_HEADERS, hsdsJson, invalidParameters, notFound } from "./responses";
import type { HsdsOrganizationFull } from "./types";

// What each /api/hsds route answers; the route files only pass the request on.

export const HSDS_VERSION = "3.0";

const contextOf = (request: Request): HsdsContext => ({ origin: requestOrigin(request), now: new Date() });

/** GET /api/hsds: which HSDS version and profile this is, and where its OpenAPI document is. */
export function answerRoot(request: Request): Response {
  const { origin } = contextOf(request);
  return hsdsJson({ version: HSDS_VERSION, profile: `${origin}/open-data#hsds-profile`, openapi_url: `${origin}/api/hsds/openapi.json` });
}

/** GET /api/hsds/services: a page of services, or with format=ndjson all of them. */
export async function answerServices(request: Request): Promise<Response> {
  const parsed = parseHsdsQuery("services", new URL(request.url).searchParams);
  if (!parsed.ok) return invalidParameters(parsed.problems);
  const { query } = parsed;
  const context = contextOf(request);
  const db = await getDb();
  if (query.format === "ndjson") {
    const batches = await startBatches(listingBatches(db, query, context.now));
    const stream = ndjsonStream(batches, (listing) => listingToHsdsService(listing, context));
    return new Response(stream, {
      headers: {
        ...HSDS_HEADERS,
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="village-hsds-services-${context.now.toISOString().slice(0, 10)}.ndjson"`,
      },
    });
  }
  const { listings, total } = await findListingsPage(db, query, context.now);
  const contents = listings.map((listing) => (query.full ? listingToHsdsService(listing, context) : listingToHsdsServiceSummary(listing, context)));
  return hsdsJson(toHsdsPage(contents, { total, page: query.page, perPage: query.perPage }));
}

/** GET /api/hsds/services/{id}: one fully nested service. */
export async function answerService(request: Request, id: string): Promise<Response> {
  const parsed = parseHsdsId(id);
  if (!parsed.ok) return invalidParameters(parsed.problems);
  const context = contextOf(request);
  const listing = await findListing(await getDb(), parsed.id, context.now);
  return listing ? hsdsJson(listingToHsdsService(listing, context)) : notFound("No public service has that id.");
}

/** GET /api/hsds/service_at_locations: groups at their venues and online, with postcode and proximity. */
export async function answerServiceAtLocations(request: Request): Promise<Response> {
  const parsed = parseHsdsQuery("service_at_locations", new URL(request.url).searchParams);
  if (!parsed.ok) return invalidParameters(parsed.problems);
  const { query } = parsed;
  const context = contextOf(request);
  const db = await getDb();
  let centre: { lat: number; lng: number } | null = null;
  if (query.postcode && query.proximity) {
    const found = await findPostcodeCentre(db, query.postcode);
    if (!found.ok) return invalidParameters([{ param: "postcode", value: query.postcode, message: found.message }]);
    centre = found;
  }
  const { rows, total } = await findServiceAtLocationsPage(db, query, centre, context.now);
  const contents = rows.flatMap(({ listing, kind }) => {
    const service = listingToHsdsService(listing, context);
    const at = service.service_at_locations.find((s) => s.location.location_type === kind);
    if (!at) return [];
    return [{ id: at.id, service_id: at.service_id, location_id: at.location_id, location: toLocationSummary(at.location), service: listingToHsdsServiceSummary(listing, context) }];
  });
  return hsdsJson(toHsdsPage(contents, { total, page: query.page, perPage: query.perPage }));
}

/** GET /api/hsds/organizations: each public group as the organization that runs it. */
export async function answerOrganizations(request: Request): Promise<Response> {
  const parsed = parseHsdsQuery("organizations", new URL(request.url).searchParams);
  if (!parsed.ok) return invalidParameters(parsed.problems);
  const { query } = parsed;
  const context = contextOf(request);
  const { listings, total } = await findListingsPage(await getDb(), query, context.now);
  return hsdsJson(toHsdsPage(listings.map(toOrganizationSummary), { total, page: query.page, perPage: query.perPage }));
}

/** GET /api/hsds/organizations/{id}: the organization with its locations and its service. */
export async function answerOrganization(request: Request, id: string): Promise<Response> {
  const parsed = parseHsdsId(id);
  if (!parsed.ok) return invalidParameters(parsed.problems);
  const context = contextOf(request);
  const listing = await findListing(await getDb(), listingIdForOrganization(parsed.id), context.now);
  if (!listing) return notFound("No public organization has that id.");
  const service = listingToHsdsService(listing, context);
  const { organization: _organization, ...serviceFields } = listingToHsdsServiceSummary(listing, context);
  const organization: HsdsOrganizationFull = { ...toOrganization(listing), locations: service.service_at_locations.map((s) => s.location), services: [serviceFields] };
  return hsdsJson(organization);
}
