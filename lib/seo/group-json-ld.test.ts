import { describe, expect, it } from "vitest";
import { groupJsonLd, toZonedIso, type GroupJsonLdInput } from "./group-json-ld";

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Meeting = GroupJsonLdInput["meetings"][number];

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: "m1",
    label: null,
    frequency: "WEEKLY",
    weekday: "TU",
    nthWeek: null,
    startMinutes: 10 * 60,
    durationMinutes: 90,
    timeZone: "America/Chicago",
    startDate: date("2026-01-06"),
    endDate: null,
    cancellations: [],
    ...overrides,
  };
}

function group(overrides: Partial<GroupJsonLdInput> = {}): GroupJsonLdInput {
  return {
    slug: "east-austin-new-parents",
    name: "East Austin New Parents Circle",
    summary: "A weekly circle for new parents.",
    format: "IN_PERSON",
    isFree: true,
    websiteUrl: null,
    onlineJoinUrl: null,
    showJoinLink: false,
    languages: [
      { code: "en", name: "English" },
      { code: "es", name: "Spanish" },
    ],
    location: {
      venueName: "Carver Library",
      addressLine1: "1161 Angelina St",
      addressLine2: null,
      locality: "Austin",
      region: "TX",
      postalCode: "78702",
      countryCode: "US",
      lat: 30.27,
      lng: -97.72,
    },
    meetings: [meeting()],
    ...overrides,
  };
}

// A Monday: the next weekly Tuesday meeting is the next day, 10:00 in Chicago (CST, UTC-6).
const now = new Date("2026-12-07T12:00:00Z");
const origin = "https://village.example";

describe("groupJsonLd", () => {
  it("describes an in-person weekly group as a schema.org Event with a Schedule and a Place", () => {
    const ld = groupJsonLd(group(), { origin, now });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "East Austin New Parents Circle",
      description: "A weekly circle for new parents.",
      url: "https://village.example/groups/east-austin-new-parents",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      startDate: "2026-12-08T10:00:00-06:00",
      endDate: "2026-12-08T11:30:00-06:00",
      isAccessibleForFree: true,
      inLanguage: ["en", "es"],
      organizer: { "@type": "Organization", name: "East Austin New Parents Circle", url: "https://village.example/groups/east-austin-new-parents" },
      location: {
        "@type": "Place",
        name: "Carver Library",
        address: { "@type": "PostalAddress", streetAddress: "1161 Angelina St", addressLocality: "Austin", addressRegion: "TX", postalCode: "78702", addressCountry: "US" },
        geo: { "@type": "GeoCoordinates", latitude: 30.27, longitude: -97.72 },
      },
    });
    expect(ld.eventSchedule).toEqual([
      {
        "@type": "Schedule",
        repeatFrequency: "P1W",
        byDay: "https://schema.org/Tuesday",
        startDate: "2026-01-06",
        startTime: "10:00:00",
        endTime: "11:30:00",
        duration: "PT90M",
        scheduleTimezone: "America/Chicago",
      },
    ]);
  });

  it("gives fortnightly and monthly meetings their repeat, week of the month, end date, label and cancellations", () => {
    const ld = groupJsonLd(
      group({
        meetings: [
          meeting({ frequency: "FORTNIGHTLY", weekday: "TH", startMinutes: 23 * 60 + 30, durationMinutes: 60 }),
          meeting({ id: "m2", frequency: "MONTHLY_NTH", nthWeek: 2, weekday: "SA", label: "Dads' breakfast", endDate: date("2027-06-30") }),
          meeting({ id: "m3", frequency: "MONTHLY_LAST", weekday: "FR", cancellations: [{ date: date("2026-12-25"), reason: "Holiday" }] }),
        ],
      }),
      { origin, now },
    );
    const [fortnightly, nth, last] = ld.eventSchedule;
    expect(fortnightly).toMatchObject({ repeatFrequency: "P2W", byDay: "https://schema.org/Thursday", startTime: "23:30:00", endTime: "00:30:00" });
    expect(fortnightly).not.toHaveProperty("byMonthWeek");
    expect(nth).toMatchObject({ repeatFrequency: "P1M", byMonthWeek: 2, byDay: "https://schema.org/Saturday", endDate: "2027-06-30", name: "Dads' breakfast" });
    expect(last).toMatchObject({ repeatFrequency: "P1M", byMonthWeek: -1, byDay: "https://schema.org/Friday", exceptDate: ["2026-12-25"] });
  });

  it("gives an online group a VirtualLocation, using the join link only when the organiser made it public", () => {
    const online = { format: "ONLINE" as const, location: null, onlineJoinUrl: "https://meet.example/abc" };
    const hidden = groupJsonLd(group({ ...online, showJoinLink: false }), { origin, now });
    expect(hidden.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(hidden.location).toEqual({ "@type": "VirtualLocation", url: "https://village.example/groups/east-austin-new-parents" });
    expect(JSON.stringify(hidden)).not.toContain("meet.example");

    const shown = groupJsonLd(group({ ...online, showJoinLink: true }), { origin, now });
    expect(shown.location).toEqual({ "@type": "VirtualLocation", url: "https://meet.example/abc" });
  });

  it("gives a hybrid group both locations, and a paid group with a website its own organiser URL", () => {
    const ld = groupJsonLd(group({ format: "HYBRID", isFree: false, websiteUrl: "https://circle.example" }), { origin, now });
    expect(ld.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(ld.location).toEqual([expect.objectContaining({ "@type": "Place" }), expect.objectContaining({ "@type": "VirtualLocation" })]);
    expect(ld.isAccessibleForFree).toBe(false);
    expect(ld.organizer).toEqual({ "@type": "Organization", name: "East Austin New Parents Circle", url: "https://circle.example" });
  });

  it("skips a cancelled date when choosing the next meeting, and leaves out the start when nothing is coming up", () => {
    const cancelled = groupJsonLd(group({ meetings: [meeting({ cancellations: [{ date: date("2026-12-08"), reason: null }] })] }), { origin, now });
    expect(cancelled.startDate).toBe("2026-12-15T10:00:00-06:00");

    const ended = groupJsonLd(group({ meetings: [meeting({ endDate: date("2026-06-30") })] }), { origin, now });
    expect(ended).not.toHaveProperty("startDate");
    expect(ended.eventSchedule).toHaveLength(1);
  });
});

describe("toZonedIso", () => {
  it("writes the local time with the zone's offset on that date", () => {
    expect(toZonedIso(new Date("2026-07-01T15:00:00Z"), "America/Chicago")).toBe("2026-07-01T10:00:00-05:00");
    expect(toZonedIso(new Date("2026-07-01T00:00:00Z"), "Asia/Kolkata")).toBe("2026-07-01T05:30:00+05:30");
    expect(toZonedIso(new Date("2026-01-01T00:00:00Z"), "Europe/London")).toBe("2026-01-01T00:00:00+00:00");
  });
});
