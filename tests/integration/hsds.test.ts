import { beforeAll, describe, expect, it } from "vitest";
import { GET as root } from "@/app/api/hsds/route";
import { GET as openapi } from "@/app/api/hsds/openapi.json/route";
import { GET as organizationById } from "@/app/api/hsds/organizations/[id]/route";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as serviceAtLocations } from "@/app/api/hsds/service_at_locations/route";
import { GET as serviceById } from "@/app/api/hsds/services/[id]/route";
import { GET as services } from "@/app/api/hsds/services/route";
import { getDb } from "@/lib/db/client";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { extensionFieldNames } from "@/lib/open-data/hsds/extensions";
import { organizationIdFor } from "@/lib/open-data/hsds/ids";
import { HSDS_ENDPOINTS } from "@/lib/open-data/hsds/params";
import { listingBatches } from "@/lib/open-data/hsds/queries";
import { AUDIENCE_TAXONOMY, termId } from "@/lib/open-data/hsds/taxonomies";
import { checkHsds } from "../helpers/hsds-schemas";
import { createGroup } from "../factories/group-factory";

const origin = "http://village.test";
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
const get = (handler: Handler, path: string, id = "") => handler(new Request(`${origin}${path}`), { params: Promise.resolve({ id }) });
const getJson = async (handler: Handler, path: string, id = "") => {
  const response = await get(handler, path, id);
  return { status: response.status, body: await response.json() };
};

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };

const conforms = { official: [], strict: [] };

// A word of this run's own, so a database kept from an earlier run holds no other group it matches.
const token = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

let monthly: { id: string; openDataId: string };
let online: { id: string; openDataId: string };
let pending: { openDataId: string };
let stale: { openDataId: string };
let privateEmails: string[];

const openDataIdOf = async (id: string) => (await (await getDb()).group.findUniqueOrThrow({ where: { id }, select: { openDataId: true } })).openDataId;

beforeAll(async () => {
  const db = await getDb();
  const made = await createGroup(db, {
    name: `Hsds Bramblewick Circle ${token}`,
    contactEmail: "bramblewick.organiser@example.org",
    audiences: ["NICU_FAMILIES"],
    phone: "+1 512 555 0199",
    timeZone: "America/Chicago",
    meetings: [{ frequency: "MONTHLY_LAST", weekday: "FR", startTime: "19:00", durationMinutes: 90, startDate: "2026-01-30", cancellations: [{ date: "2027-01-29", reason: "Venue closed" }] }],
  });
  monthly = { id: made.id, openDataId: await openDataIdOf(made.id) };
  const madeOnline = await createGroup(db, { name: "Hsds Online Larkspur", format: "ONLINE", location: null, onlineJoinUrl: "https://meet.example/larkspur", showJoinLink: false, timeZone: "America/New_York" });
  // An address left behind from when the group met in person must never be published.
  await db.location.create({ data: { groupId: madeOnline.id, venueName: "Organiser's kitchen", addressLine1: "9 Secret Lane", locality: "Austin", countryCode: "US", postalCode: "78704", lat: 30.245, lng: -97.767 } });
  online = { id: madeOnline.id, openDataId: await openDataIdOf(madeOnline.id) };
  pending = { openDataId: await openDataIdOf((await createGroup(db, { name: "Hsds Pending Sorrel", status: "PENDING" })).id) };
  stale = { openDataId: await openDataIdOf((await createGroup(db, { name: "Hsds Stale Sorrel", lastConfirmedAt: new Date(Date.now() - 400 * 86_400_000) })).id) };
  const groups = await db.group.findMany({ select: { contactEmail: true } });
  const users = await db.user.findMany({ select: { email: true } });
  privateEmails = [...new Set([...groups.map((g) => g.contactEmail), ...users.map((u) => u.email)].filter((e): e is string => !!e))];
  expect(privateEmails).toContain("bramblewick.organiser@example.org");
});

const publicCount = async () => (await getDb()).group.count({ where: publicListingWhere(new Date()) });

const expectNoPrivateData = (text: string) => {
  for (const email of privateEmails) expect(text).not.toContain(email);
  expect(text).not.toContain("9 Secret Lane");
  expect(text).not.toContain("meet.example/larkspur");
};

describe("GET /api/hsds", () => {
  it("says which HSDS version and profile this is and links the OpenAPI document", async () => {
    const { status, body } = await getJson(root, "/api/hsds");
    expect(status).toBe(200);
    expect(body).toEqual({ version: "3.0", profile: `${origin}/open-data#hsds-profile`, openapi_url: `${origin}/api/hsds/openapi.json` });
    expect(checkHsds("single", "root", body)).toEqual(conforms);
  });
});

describe("GET /api/hsds/services", () => {
  it("pages through every public listing, each page valid HSDS", async () => {
    const total = await publicCount();
    const first = (await getJson(services, "/api/hsds/services?per_page=40")).body as Page;
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 40), page_number: 1, size: 40, first_page: true, last_page: false, empty: false });
    const ids = new Set<string>();
    for (let page = 1; page <= first.total_pages; page++) {
      const { status, body } = await getJson(services, `/api/hsds/services?per_page=40&page=${page}`);
      expect(status).toBe(200);
      expect(checkHsds("page", "service_list", body)).toEqual(conforms);
      for (const service of (body as Page).contents) ids.add(service.id as string);
      expect((body as Page).last_page).toBe(page === first.total_pages);
    }
    expect(ids.size).toBe(total);
    expect(ids.has(monthly.openDataId)).toBe(true);
    expect(ids.has(pending.openDataId)).toBe(false);
    expect(ids.has(stale.openDataId)).toBe(false);
    const past = (await getJson(services, `/api/hsds/services?per_page=40&page=${first.total_pages + 1}`)).body as Page;
    expect(past).toMatchObject({ total_items: total, size: 0, empty: true, last_page: true, contents: [] });
  });

  it("full=true gives fully nested services that validate, strictly too", async () => {
    const { body } = await getJson(services, "/api/hsds/services?full=true&per_page=100");
    expect((body as Page).contents[0]).toHaveProperty("schedules");
    expect(checkHsds("page", "service", body)).toEqual(conforms);
  });

  it("search finds a group by a word of its name, typo and all", async () => {
    for (const word of ["bramblewick", "bramblwick"]) {
      const body = (await getJson(services, `/api/hsds/services?search=${word}+${token}`)).body as Page;
      expect(body.contents.map((s) => s.id)).toEqual([monthly.openDataId]);
    }
  });

  it("modified_after, organization_id and taxonomy_term_id filter, and combine with AND", async () => {
    const db = await getDb();
    const { updatedAt } = await db.group.findUniqueOrThrow({ where: { id: monthly.id }, select: { updatedAt: true } });
    const after = (await getJson(services, `/api/hsds/services?per_page=500&modified_after=${updatedAt.toISOString()}`)).body as Page;
    expect(after.contents.map((s) => s.id)).toContain(monthly.openDataId);
    const expected = await db.group.count({ where: { ...publicListingWhere(new Date()), updatedAt: { gte: updatedAt } } });
    expect(after.total_items).toBe(expected);
    expect(((await getJson(services, "/api/hsds/services?modified_after=2999-01-01")).body as Page).total_items).toBe(0);

    const byOrganization = (await getJson(services, `/api/hsds/services?organization_id=${organizationIdFor(monthly.openDataId)}`)).body as Page;
    expect(byOrganization.contents.map((s) => s.id)).toEqual([monthly.openDataId]);

    const nicu = termId(AUDIENCE_TAXONOMY, "NICU_FAMILIES");
    const withTerm = (await getJson(services, `/api/hsds/services?taxonomy_term_id=${nicu}&full=true&per_page=500`)).body as Page;
    expect(withTerm.total_items).toBe(await db.group.count({ where: { ...publicListingWhere(new Date()), audiences: { has: "NICU_FAMILIES" } } }));
    for (const service of withTerm.contents) expect(JSON.stringify(service.attributes)).toContain(nicu);
    const both = (await getJson(services, `/api/hsds/services?taxonomy_term_id=${nicu}&search=bramblewick+${token}`)).body as Page;
    expect(both.contents.map((s) => s.id)).toEqual([monthly.openDataId]);
  });

  it("answers bad or unknown parameters with 400 and a message for each", async () => {
    const cases: [string, string, RegExp][] = [
      ["per_page=0", "per_page", /at least 1/],
      ["per_page=5000", "per_page", /at most 500/],
      ["page=two", "page", /whole number/],
      ["modified_after=yesterday", "modified_after", /Give a date/],
      ["format=xml", "format", /json.*ndjson/],
      ["full=yes", "full", /"true" or "false"/],
      ["organization_id=42", "organization_id", /UUID/],
      ["postcode=78704", "postcode", /does not take "postcode"/],
      ["colour=blue", "colour", /does not take "colour"/],
    ];
    for (const [query, param, message] of cases) {
      const { status, body } = await getJson(services, `/api/hsds/services?${query}`);
      expect(status, query).toBe(400);
      expect(body.error).toBe("invalid_parameters");
      expect(body.problems).toEqual([expect.objectContaining({ param, message: expect.stringMatching(message) })]);
    }
  });
});

describe("GET /api/hsds/services/{id}", () => {
  it("gives the fully nested service, with the meeting as a schedule with its IANA zone and cancellation", async () => {
    const { status, body } = await getJson(serviceById, `/api/hsds/services/${monthly.openDataId}`, monthly.openDataId);
    expect(status).toBe(200);
    expect(checkHsds("single", "service", body)).toEqual(conforms);
    expect(body).toMatchObject({ id: monthly.openDataId, name: `Hsds Bramblewick Circle ${token}`, organization_id: organizationIdFor(monthly.openDataId), phones: [{ number: "+1 512 555 0199" }] });
    expect(body.schedules).toEqual([
      expect.objectContaining({
        freq: "MONTHLY",
        interval: 1,
        byday: "-1FR",
        dtstart: "2026-01-30",
        opens_at: expect.stringMatching(/^19:00-0[56]:00$/),
        closes_at: expect.stringMatching(/^20:30-0[56]:00$/),
        timezone_name: "America/Chicago",
        cancellations: [{ date: "2027-01-29", reason: "Venue closed" }],
      }),
    ]);
    expectNoPrivateData(JSON.stringify(body));
  });

  it("is 404 for listings the public may not see, and 400 for an id that is not a UUID", async () => {
    for (const { openDataId } of [pending, stale]) expect((await get(serviceById, `/api/hsds/services/${openDataId}`, openDataId)).status).toBe(404);
    const { status, body } = await getJson(serviceById, "/api/hsds/services/hsds-bramblewick-circle", "hsds-bramblewick-circle");
    expect(status).toBe(400);
    expect(body.problems[0]).toMatchObject({ param: "id", message: expect.stringMatching(/UUID/) });
  });

  it("publishes no address for an online group, even one still stored, and no join link the organiser keeps back", async () => {
    const { body } = await getJson(serviceById, `/api/hsds/services/${online.openDataId}`, online.openDataId);
    expect(body.service_at_locations.map((s: { location: { location_type: string } }) => s.location.location_type)).toEqual(["virtual"]);
    expectNoPrivateData(JSON.stringify(body));
    expect(checkHsds("single", "service", body)).toEqual(conforms);
  });
});

describe("GET /api/hsds/services?format=ndjson", () => {
  it("streams every public service, one valid fully nested service a line, with no private data", async () => {
    const response = await get(services, "/api/hsds/services?format=ndjson");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="village-hsds-services-\d{4}-\d{2}-\d{2}\.ndjson"$/);
    const text = await response.text();
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(await publicCount());
    const ids = new Set<string>();
    for (const line of lines) {
      const service = JSON.parse(line);
      ids.add(service.id);
      expect(checkHsds("single", "service", service), service.name).toEqual(conforms);
    }
    expect(ids.size).toBe(lines.length);
    expect(ids.has(pending.openDataId)).toBe(false);
    expectNoPrivateData(text);
    // Every documented extension is used by the seeded data, so none is documented in vain.
    for (const name of extensionFieldNames()) expect(text, name).toContain(`"${name.split(".")[1]}":`);
  });

  it("reads the listings a batch at a time along a cursor", async () => {
    const db = await getDb();
    const seen: string[] = [];
    for await (const batch of listingBatches(db, {}, new Date(), 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      seen.push(...batch.map((l) => l.id));
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(await publicCount());
  });
});

describe("GET /api/hsds/service_at_locations", () => {
  it("lists venues and online meeting places as valid HSDS", async () => {
    const { status, body } = await getJson(serviceAtLocations, "/api/hsds/service_at_locations?per_page=200");
    expect(status).toBe(200);
    expect(checkHsds("page", "service_at_location_list", body)).toEqual(conforms);
    const kinds = new Set((body as Page).contents.map((s) => (s.location as { location_type: string }).location_type));
    expect(kinds).toEqual(new Set(["physical", "virtual"]));
    expectNoPrivateData(JSON.stringify(body));
  });

  it("postcode alone gives the venues with that postcode", async () => {
    const body = (await getJson(serviceAtLocations, "/api/hsds/service_at_locations?postcode=78704&per_page=500")).body as Page;
    const db = await getDb();
    const expected = await db.location.count({ where: { postalCode: "78704", group: { ...publicListingWhere(new Date()), format: { not: "ONLINE" } } } });
    expect(expected).toBeGreaterThan(0);
    expect(body.total_items).toBe(expected);
    expect(body.contents.every((s) => (s.location as { location_type: string }).location_type === "physical")).toBe(true);
    expect(body.contents.map((s) => s.service_id)).not.toContain(online.openDataId);
  });

  it("postcode with proximity gives the venues within that many metres of its centre, nearest first", async () => {
    const db = await getDb();
    const centre = await db.postalCode.findUniqueOrThrow({ where: { countryCode_code: { countryCode: "US", code: "78704" } } });
    const body = (await getJson(serviceAtLocations, "/api/hsds/service_at_locations?postcode=78704&proximity=8000&per_page=500")).body as Page;
    expect(body.total_items).toBeGreaterThan(0);
    expect(checkHsds("page", "service_at_location_list", body)).toEqual(conforms);
    const distances = body.contents.map((s) => {
      const { latitude, longitude } = s.location as { latitude: number; longitude: number };
      return metresBetween(centre, { lat: latitude, lng: longitude });
    });
    expect(distances.every((d) => d <= 8000 * 1.005)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const wider = (await getJson(serviceAtLocations, "/api/hsds/service_at_locations?postcode=78704&proximity=80000&per_page=1")).body as Page;
    expect(wider.total_items).toBeGreaterThan(body.total_items);
  });

  it("answers a proximity it cannot measure with 400", async () => {
    const cases: [string, string, RegExp][] = [
      ["proximity=5000", "proximity", /give postcode too/],
      ["postcode=00000&proximity=5000", "postcode", /don't know where postcode "00000" is/],
      ["postcode=SW1A%201AA&proximity=5000", "postcode", /not a postcode we can place/],
      ["postcode=78704&proximity=-3", "proximity", /whole number/],
      ["postcode=78704&proximity=900000", "proximity", /at most 500,000/],
      ["format=ndjson", "format", /JSON only/],
    ];
    for (const [query, param, message] of cases) {
      const { status, body } = await getJson(serviceAtLocations, `/api/hsds/service_at_locations?${query}`);
      expect(status, query).toBe(400);
      expect(body.problems).toContainEqual(expect.objectContaining({ param, message: expect.stringMatching(message) }));
    }
  });
});

describe("GET /api/hsds/organizations", () => {
  it("lists each public group as its organization, valid HSDS", async () => {
    const { status, body } = await getJson(organizations, `/api/hsds/organizations?search=bramblewick+${token}`);
    expect(status).toBe(200);
    expect(checkHsds("page", "organization_list", body)).toEqual(conforms);
    expect((body as Page).contents).toEqual([{ id: organizationIdFor(monthly.openDataId), name: `Hsds Bramblewick Circle ${token}`, description: expect.any(String) }]);
    expect(((await getJson(organizations, "/api/hsds/organizations")).body as Page).total_items).toBe(await publicCount());
  });

  it("gives one organization with its locations and its service, and 404 for a listing that is not public", async () => {
    const id = organizationIdFor(monthly.openDataId);
    const { status, body } = await getJson(organizationById, `/api/hsds/organizations/${id}`, id);
    expect(status).toBe(200);
    expect(checkHsds("single", "organization", body)).toEqual(conforms);
    expect(body.services.map((s: { id: string }) => s.id)).toEqual([monthly.openDataId]);
    expect(body.phones[0].number).toBe("+1 512 555 0199");
    expectNoPrivateData(JSON.stringify(body));
    const hidden = organizationIdFor(pending.openDataId);
    expect((await get(organizationById, `/api/hsds/organizations/${hidden}`, hidden)).status).toBe(404);
    expect((await get(organizationById, `/api/hsds/organizations/${monthly.openDataId}`, monthly.openDataId)).status).toBe(404);
  });
});

describe("GET /api/hsds/openapi.json", () => {
  it("documents every endpoint, each of which answers, and every parameter each list endpoint takes", async () => {
    const { status, body } = await getJson(openapi, "/api/hsds/openapi.json");
    expect(status).toBe(200);
    expect(body).toMatchObject({ openapi: "3.1.0", info: { license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" } }, servers: [{ url: `${origin}/api/hsds` }] });
    const handlers: Record<string, [Handler, string]> = {
      "/": [root, ""],
      "/services": [services, ""],
      "/services/{id}": [serviceById, monthly.openDataId],
      "/service_at_locations": [serviceAtLocations, ""],
      "/organizations": [organizations, ""],
      "/organizations/{id}": [organizationById, organizationIdFor(monthly.openDataId)],
    };
    expect(Object.keys(body.paths).sort()).toEqual(Object.keys(handlers).sort());
    for (const [path, [handler, id]] of Object.entries(handlers)) {
      expect((await get(handler, `/api/hsds${path.replace("{id}", id)}`, id)).status, path).toBe(200);
    }
    for (const endpoint of Object.keys(HSDS_ENDPOINTS) as (keyof typeof HSDS_ENDPOINTS)[]) {
      const documented = body.paths[`/${endpoint}`].get.parameters.map((p: { $ref: string }) => p.$ref.split("/").pop());
      expect(documented).toEqual([...HSDS_ENDPOINTS[endpoint].params]);
      for (const name of documented) expect(body.components.parameters[name].description, name).toBeTruthy();
    }
    const documentedExtensions = JSON.stringify(body.components.schemas);
    for (const name of extensionFieldNames()) expect(documentedExtensions).toContain(`"${name.split(".")[1]}":`);
  });
});

function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
