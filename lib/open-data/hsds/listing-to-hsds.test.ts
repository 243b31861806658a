import { describe, expect, it } from "vitest";
import { checkHsds } from "@/tests/helpers/hsds-schemas";
import { isUuid, listingIdForOrganization, organizationIdFor, uuidV5 } from "./ids";
import { listingToHsdsService, listingToHsdsServiceSummary, type HsdsListing } from "./listing-to-hsds";

const origin = "https://village.example";
const WINTER = new Date("2026-12-01T12:00:00Z");
const SUMMER = new Date("2026-06-01T12:00:00Z");

const meeting = (overrides: Partial<HsdsListing["meetings"][number]> = {}): HsdsListing["meetings"][number] => ({
  id: "meeting-1",
  label: null,
  frequency: "WEEKLY",
  weekday: "TU",
  nthWeek: null,
  startMinutes: 600,
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: new Date("2026-01-01T00:00:00Z"),
  endDate: null,
  cancellations: [],
  ...overrides,
});

function listing(overrides: Partial<HsdsListing> = {}): HsdsListing {
  return {
    id: "cmgroup0000000000000000001",
    openDataId: "3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01",
    status: "PUBLISHED",
    slug: "willowbend-new-parents",
    name: "Willowbend New Parents",
    summary: "A relaxed weekly drop-in for new parents and babies.",
    description: "Tea, questions and the small wins of the week.",
    format: "HYBRID",
    venueType: "LIBRARY",
    audiences: ["ALL_NEW_PARENTS", "NICU_FAMILIES"],
    isFree: false,
    costNote: "$5 a session",
    babiesWelcome: true,
    childcareProvided: false,
    wheelchairAccessible: true,
    registrationRequired: true,
    registrationUrl: "https://willowbend.example/register",
    accessibilityNotes: "Step-free entrance.",
    parkingAndTransit: "Bus 7 stops outside.",
    websiteUrl: "https://willowbend.example",
    phone: "+1 512 555 0100",
    onlineJoinUrl: "https://meet.example/willowbend",
    showJoinLink: true,
    joinInstructions: null,
    timeZone: "America/Chicago",
    lastConfirmedAt: new Date("2026-11-20T09:00:00Z"),
    updatedAt: new Date("2026-11-21T10:30:00.123Z"),
    languages: [
      { code: "en", name: "English" },
      { code: "es", name: "Spanish" },
    ],
    location: {
      venueName: "Willowbend Library",
      addressLine1: "1208 Willowbend Avenue",
      addressLine2: null,
      locality: "Austin",
      region: "TX",
      postalCode: "78704",
      countryCode: "US",
      lat: 30.2449,
      lng: -97.7668,
    },
    meetings: [meeting()],
    ...overrides,
  };
}

describe("listingToHsdsService", () => {
  it("gives a service that validates against the HSDS 3.0 schema, and the strict copy", () => {
    const service = listingToHsdsService(listing(), { origin, now: WINTER });
    expect(checkHsds("single", "service", service)).toEqual({ official: [], strict: [] });
    expect(checkHsds("single", "service", listingToHsdsService(listing({ format: "ONLINE", location: null }), { origin, now: WINTER }))).toEqual({ official: [], strict: [] });
  });

  it("the strict copy refuses a field HSDS does not define and Village does not document", () => {
    const service = listingToHsdsService(listing(), { origin, now: WINTER });
    const misspelt = { ...service, schedules: [{ ...service.schedules[0], opens: "10:00" }] };
    const result = checkHsds("single", "service", misspelt);
    expect(result.official).toEqual([]);
    expect(result.strict.join("\n")).toContain("(opens)");
    expect(checkHsds("single", "service", { ...service, id: "not-a-uuid" }).official).toEqual(['/id must match format "uuid"']);
    expect(checkHsds("single", "service", { ...service, schedules: [{ ...service.schedules[0], freq: "DAILY" }] }).official.join()).toContain("/schedules/0/freq must be equal to one of the allowed values");
  });

  it("maps the listing's fields to HSDS terms", () => {
    const service = listingToHsdsService(listing(), { origin, now: WINTER });
    expect(service).toMatchObject({
      id: "3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01",
      name: "Willowbend New Parents",
      summary: "A relaxed weekly drop-in for new parents and babies.",
      url: `${origin}/groups/willowbend-new-parents`,
      status: "active",
      fees_description: "$5 a session",
      application_process: "Register before you come: https://willowbend.example/register",
      eligibility_description: "Who it is for: All new parents, NICU families.",
      assured_date: "2026-11-20",
      last_modified: "2026-11-21T10:30:00.123Z",
      organization: { name: "Willowbend New Parents", website: "https://willowbend.example", phones: [{ number: "+1 512 555 0100" }] },
      phones: [{ number: "+1 512 555 0100", service_id: "3f1c2b9e-8d4a-4c6f-9e2b-7a5d1c3e9f01" }],
      cost_options: [{ option: "$5 a session" }],
      languages: [
        { code: "en", name: "English" },
        { code: "es", name: "Spanish" },
      ],
    });
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(["ALL_NEW_PARENTS", "NICU_FAMILIES", "BABIES_WELCOME", "WHEELCHAIR_ACCESSIBLE", "REGISTRATION_REQUIRED"]);
    expect(service.attributes.find((a) => a.taxonomy_term.code === "REGISTRATION_REQUIRED")?.value).toBe("https://willowbend.example/register");
    expect(listingToHsdsService(listing({ isFree: true, costNote: null }), { origin, now: WINTER }).cost_options).toEqual([expect.objectContaining({ option: "Free", amount: 0 })]);
  });

  it("publishes the venue of a hybrid group and its join link only when the organiser shows it", () => {
    const [venue, online] = listingToHsdsService(listing(), { origin, now: WINTER }).service_at_locations;
    expect(venue?.location).toMatchObject({
      location_type: "physical",
      name: "Willowbend Library",
      transportation: "Bus 7 stops outside.",
      latitude: 30.2449,
      addresses: [{ address_1: "1208 Willowbend Avenue", city: "Austin", state_province: "TX", postal_code: "78704", country: "US" }],
      accessibility: [{ description: "Wheelchair accessible.", details: "Step-free entrance." }],
    });
    expect(venue?.location.attributes?.[0]?.taxonomy_term.code).toBe("LIBRARY");
    expect(online?.location).toMatchObject({ location_type: "virtual", url: "https://meet.example/willowbend" });
    const hidden = listingToHsdsService(listing({ showJoinLink: false }), { origin, now: WINTER });
    expect(JSON.stringify(hidden)).not.toContain("meet.example");
  });

  it("never publishes an address for an online group, even one left over from before", () => {
    const service = listingToHsdsService(listing({ format: "ONLINE" }), { origin, now: WINTER });
    expect(service.service_at_locations.map((s) => s.location.location_type)).toEqual(["virtual"]);
    expect(JSON.stringify(service)).not.toContain("1208 Willowbend Avenue");
    expect(service.service_at_locations[0]?.location.accessibility?.[0]?.details).toBe("Step-free entrance.");
  });

  it("refuses a listing the public may not see", () => {
    expect(() => listingToHsdsService(listing({ status: "PENDING" }), { origin, now: WINTER })).toThrow(/not public/);
    expect(() => listingToHsdsService(listing({ lastConfirmedAt: new Date("2025-06-01T00:00:00Z") }), { origin, now: WINTER })).toThrow(/not public/);
  });

  it("gives the same ids every time, all UUIDs, and an organization id that leads back to the listing", () => {
    const one = listingToHsdsService(listing(), { origin, now: WINTER });
    const two = listingToHsdsService(listing(), { origin, now: SUMMER });
    const ids = (s: typeof one) => JSON.stringify(s).match(/"(?:id|[a-z_]+_id)":"[^"]*"/g) ?? [];
    expect(ids(one)).toEqual(ids(two));
    for (const pair of ids(one)) expect(isUuid(pair.split(":")[1]!.replace(/"/g, ""))).toBe(true);
    expect(one.organization_id).not.toBe(one.id);
    expect(listingIdForOrganization(one.organization_id)).toBe(one.id);
    expect(organizationIdFor(one.id)).toBe(one.organization_id);
    // RFC 9562's own example: the DNS namespace and "www.example.com".
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("the summary for lists carries only one-to-one fields", () => {
    const summary = listingToHsdsServiceSummary(listing(), { origin, now: WINTER });
    expect(Object.keys(summary)).not.toContain("schedules");
    expect(checkHsds("page", "service_list", { total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents: [summary] })).toEqual({
      official: [],
      strict: [],
    });
  });
});

describe("meetings as HSDS schedules", () => {
  const schedulesOf = (meetings: HsdsListing["meetings"], now = WINTER) => listingToHsdsService(listing({ meetings }), { origin, now }).schedules;

  it("a weekly meeting, with local times, the UTC offset at the next meeting and the IANA zone", () => {
    const [winter] = schedulesOf([meeting()]);
    expect(winter).toMatchObject({ freq: "WEEKLY", interval: 1, byday: "TU", wkst: "MO", dtstart: "2026-01-06", opens_at: "10:00-06:00", closes_at: "11:30-06:00", timezone: -6, timezone_name: "America/Chicago" });
    expect(winter?.description).toBe("Every Tuesday, 10:00 am – 11:30 am");
    expect(winter?.attending_type).toBe("In person and online");
    expect(winter).not.toHaveProperty("until");
    const [summer] = schedulesOf([meeting()], SUMMER);
    expect(summer).toMatchObject({ opens_at: "10:00-05:00", timezone: -5, timezone_name: "America/Chicago" });
  });

  it("fortnightly, nth and last weekday of the month, with an end date", () => {
    const [fortnightly, second, last] = schedulesOf([
      meeting({ id: "m1", frequency: "FORTNIGHTLY", weekday: "WE", startDate: new Date("2026-03-02T00:00:00Z") }),
      meeting({ id: "m2", frequency: "MONTHLY_NTH", nthWeek: 2, weekday: "TU" }),
      meeting({ id: "m3", frequency: "MONTHLY_LAST", weekday: "FR", startMinutes: 19 * 60, endDate: new Date("2027-06-30T00:00:00Z") }),
    ]);
    expect(fortnightly).toMatchObject({ freq: "WEEKLY", interval: 2, byday: "WE", dtstart: "2026-03-04" });
    expect(second).toMatchObject({ freq: "MONTHLY", interval: 1, byday: "2TU", dtstart: "2026-01-13" });
    expect(last).toMatchObject({ freq: "MONTHLY", byday: "-1FR", dtstart: "2026-01-30", until: "2027-06-30", opens_at: "19:00-06:00", closes_at: "20:30-06:00" });
  });

  it("keeps a half-hour zone's offset and a meeting's label", () => {
    const [kolkata] = schedulesOf([meeting({ timeZone: "Asia/Kolkata", label: "Evening circle" })]);
    expect(kolkata).toMatchObject({ opens_at: "10:00+05:30", timezone: 5.5, timezone_name: "Asia/Kolkata", notes: "Evening circle" });
  });

  it("lists cancelled dates, and soon ones in the service's alert", () => {
    const service = listingToHsdsService(
      listing({
        meetings: [
          meeting({
            cancellations: [
              { date: new Date("2026-12-08T00:00:00Z"), reason: "Library closed" },
              { date: new Date("2027-03-02T00:00:00Z"), reason: null },
            ],
          }),
        ],
      }),
      { origin, now: WINTER },
    );
    expect(service.schedules[0]?.cancellations).toEqual([{ date: "2026-12-08", reason: "Library closed" }, { date: "2027-03-02" }]);
    expect(service.alert).toBe("No meeting on Tue 8 Dec (Library closed).");
    expect(listingToHsdsService(listing(), { origin, now: WINTER })).not.toHaveProperty("alert");
  });
});
