import { describe, expect, it } from "vitest";
import { detectFormat, readImportFile } from "./read-file";
import { splitDescription } from "./read-hsds";
import { formText } from "@/lib/forms/form-text";

const encode = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

const service = {
  id: "svc-1",
  name: "Riverside Postnatal Circle",
  description: "A weekly circle for new mothers.\n\nWe meet in the family room. Babies welcome.",
  status: "active",
  url: "https://example.org/circle",
  phones: [{ id: "p1", number: "+1 512 555 0100" }],
  cost_options: [{ id: "c1", amount: 0 }],
  languages: [{ id: "l1", code: "en" }, { id: "l2", code: "ES" }],
  attributes: [
    { id: "a1", taxonomy_term: { id: "t1", code: "MOTHERS_BIRTHING_PARENTS", taxonomy: "village" } },
    { id: "a2", taxonomy_term: { id: "t2", code: "BABIES_WELCOME", taxonomy: "village" } },
  ],
  schedules: [
    { id: "s1", freq: "WEEKLY", interval: 1, byday: "TU,TH", opens_at: "10:00", closes_at: "11:30", dtstart: "2026-01-06" },
    { id: "s2", freq: "MONTHLY", byday: "2WE", opens_at: "18:30:00", closes_at: "20:00:00", valid_from: "2026-01-14", until: "2026-12-31" },
  ],
  service_at_locations: [
    {
      id: "sal1",
      location: {
        id: "loc1",
        location_type: "physical",
        name: "Riverside Library",
        transportation: "Bus 7 stops outside.",
        addresses: [{ id: "ad1", address_1: "1 River Rd", city: "Austin", state_province: "TX", postal_code: "78704", country: "US", address_type: "physical" }],
        attributes: [{ id: "a3", taxonomy_term: { id: "t3", code: "LIBRARY" } }],
      },
    },
  ],
};

async function rowsOf(value: unknown, fileName = "services.json") {
  const read = await readImportFile(fileName, encode(value));
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe("HSDS services", () => {
  it("become listings: the physical location is the venue, schedules the meetings, attributes what HSDS has no field for", async () => {
    const read = await rowsOf([service]);
    expect(read.format).toBe("HSDS");
    const row = read.rows[0]!;
    expect(row).toMatchObject({ rowNumber: 1, externalId: "svc-1", idColumn: "id", contactOptional: true });
    expect(row.input).toMatchObject({
      name: "Riverside Postnatal Circle",
      summary: "A weekly circle for new mothers.",
      description: "We meet in the family room. Babies welcome.",
      isFree: "true",
      audiences: ["MOTHERS_BIRTHING_PARENTS"],
      babiesWelcome: "on",
      languages: ["en", "es"],
      format: "IN_PERSON",
      venueType: "LIBRARY",
      websiteUrl: "https://example.org/circle",
      phone: "+1 512 555 0100",
      parkingAndTransit: "Bus 7 stops outside.",
      location: { venueName: "Riverside Library", addressLine1: "1 River Rd", locality: "Austin", region: "TX", postalCode: "78704", countryCode: "US" },
    });
    expect(row.input.meetings).toEqual([
      { frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" },
      { frequency: "WEEKLY", weekday: "TH", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" },
      { frequency: "MONTHLY_NTH", nthWeek: "2", weekday: "WE", startTime: "18:30", durationMinutes: "90", startDate: "2026-01-14", endDate: "2026-12-31" },
    ]);
    expect(row.columns["location.locality"]).toBe("service_at_locations[0].location.addresses[0].city");
  });

  it("read one service per line, an API page, and a service with a virtual location as an online group", async () => {
    const online = { id: "svc-2", name: "Online Circle", description: "Online.", status: "active", service_at_locations: [{ id: "x", location: { id: "v", location_type: "virtual", url: "https://meet.example.org/c" } }] };
    expect((await rowsOf(`${JSON.stringify(service)}\n${JSON.stringify(online)}\n`, "services.ndjson")).rows).toHaveLength(2);
    const page = await rowsOf({ total_items: 1, page: 1, contents: [online] });
    expect(page.rows[0]!.input).toMatchObject({ format: "ONLINE", onlineJoinUrl: "https://meet.example.org/c", showJoinLink: "on", isFree: "true", audiences: ["ALL_NEW_PARENTS"] });
  });

  it("say what they can't use: inactive services, times with a UTC offset", async () => {
    const read = await rowsOf([{ ...service, status: "defunct", schedules: [{ id: "s", freq: "WEEKLY", byday: "MO", opens_at: "10:00Z", closes_at: "11:00Z" }] }]);
    expect(read.rows[0]!.problems.map((p) => formText("en", p.message))).toEqual(["Only active services are imported.", "Give the meeting times as the local time at the group, like 10:00, or name its time zone (timezone_name)."]);
  });

  it("read Village's own extensions: the summary, and local times with their offset in a named zone", async () => {
    const read = await rowsOf([
      {
        ...service,
        summary: "A weekly circle.",
        organization: { id: "o", name: "Circle", website: "https://circle.example.org" },
        url: "https://village.example/groups/riverside",
        schedules: [{ id: "s", freq: "WEEKLY", byday: "MO", opens_at: "10:00-06:00", closes_at: "11:00-06:00", dtstart: "2026-01-05", timezone: -6, timezone_name: "America/Chicago", notes: "Morning group" }],
        attributes: [...service.attributes, { id: "r", taxonomy_term: { id: "t", code: "REGISTRATION_REQUIRED" }, value: "https://circle.example.org/register" }],
        service_at_locations: [{ id: "sal", location: { ...service.service_at_locations[0]!.location, latitude: 30.25, longitude: -97.76, accessibility: [{ id: "x", description: "Wheelchair accessible.", details: "Lift to the second floor." }] } }],
      },
    ]);
    const row = read.rows[0]!;
    expect(row.problems).toEqual([]);
    expect(row.input).toMatchObject({
      summary: "A weekly circle.",
      description: service.description,
      websiteUrl: "https://circle.example.org",
      timeZone: "America/Chicago",
      registrationRequired: "true",
      registrationUrl: "https://circle.example.org/register",
      accessibilityNotes: "Lift to the second floor.",
      meetings: [{ frequency: "WEEKLY", weekday: "MO", startTime: "10:00", durationMinutes: "60", startDate: "2026-01-05", label: "Morning group" }],
    });
    expect(row.coordinates).toEqual({ lat: 30.25, lng: -97.76 });
  });

  it("take a paid service's fee as what it costs", async () => {
    const read = await rowsOf([{ ...service, cost_options: [{ id: "c", amount: 5, currency: "usd", amount_description: "a session" }] }]);
    expect(read.rows[0]!.input).toMatchObject({ isFree: "false", costNote: "USD 5 a session" });
  });
});

describe("summary and description", () => {
  it("split at the first blank line when the first paragraph is short, else take the first sentence", () => {
    expect(splitDescription("One line.\n\nThe rest.\n\nMore.")).toEqual({ summary: "One line.", description: "The rest.\n\nMore." });
    expect(splitDescription("First sentence. Second one.")).toEqual({ summary: "First sentence.", description: "First sentence. Second one." });
  });
});

describe("telling formats apart", () => {
  it("by the file's name, else by what is in it", () => {
    expect(detectFormat("groups.csv", encode("id,name"))).toBe("CSV");
    expect(detectFormat("feed.json", encode([{ slug: "a", name: "A", day: 1 }]))).toBe("MEETING_GUIDE");
    expect(detectFormat("export", encode([service]))).toBe("HSDS");
    expect(detectFormat("book.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("XLSX");
  });
});
