import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/feeds/meeting-guide.json/route";
import { GET as typesRoute } from "@/app/feeds/types.json/route";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { MeetingGuideMeeting } from "@/lib/feeds/meeting-guide/feed";
import { openMeetingGuideFeed } from "@/lib/feeds/meeting-guide/feed-stream";
import { readMeetingGuideSchedule } from "@/lib/feeds/meeting-guide/schedule";
import { monthsBefore } from "@/lib/listings/lifecycle";
import { parseClock } from "@/lib/schedule";
import { createGroup, type GroupOverrides } from "../factories/group-factory";

const origin = "http://village.test";
const DAY = 86_400_000;
const now = new Date();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** A date well in the past, so every weekly meeting here has started. */
const LONG_AGO = isoDay(new Date(now.getTime() - 120 * DAY));
/** The Tuesday 8 to 14 days from now: a date in the next four weeks in every zone. */
const soonTuesday = (() => {
  const d = new Date(now.getTime() + 8 * DAY);
  while (d.getUTCDay() !== 2) d.setTime(d.getTime() + DAY);
  return isoDay(d);
})();

const weekly = (overrides: Partial<NonNullable<GroupOverrides["meetings"]>[number]> = {}) => ({
  frequency: "WEEKLY" as const,
  weekday: "TU" as const,
  startTime: "10:00",
  durationMinutes: 90,
  startDate: LONG_AGO,
  ...overrides,
});

let db: PrismaClient;
const slugs: Record<string, string> = {};

async function readFeed(): Promise<{ response: Response; rows: MeetingGuideMeeting[] }> {
  const response = await feedRoute(new Request(`${origin}/feeds/meeting-guide.json`));
  return { response, rows: JSON.parse(await response.text()) };
}

const rowsOf = (rows: MeetingGuideMeeting[], key: string) => rows.filter((r) => r.url === `${origin}/groups/${slugs[key]}`);

beforeAll(async () => {
  db = await getDb();
  const make = async (key: string, seed: GroupOverrides) => (slugs[key] = (await createGroup(db, seed)).slug);
  await make("weekly", {
    name: "Feed Check Weekly Circle",
    contactEmail: "feed.private.organiser@example.org",
    languages: ["en", "es"],
    wheelchairAccessible: true,
    childcareProvided: true,
    audiences: ["PREGNANCY_INFANT_LOSS"],
    timeZone: "America/Chicago",
    meetings: [weekly({ cancellations: [{ date: soonTuesday, reason: "Hall closed" }] }), weekly({ frequency: "MONTHLY_NTH", nthWeek: 1, weekday: "SA", startTime: "09:00", durationMinutes: 60 })],
  });
  await make("monthly", { name: "Feed Check Monthly Circle", meetings: [weekly({ frequency: "MONTHLY_LAST", weekday: "FR" })] });
  await make("pending", { name: "Feed Check Pending Circle", status: "PENDING", meetings: [weekly()] });
  await make("archived", { name: "Feed Check Archived Circle", status: "ARCHIVED", meetings: [weekly()] });
  await make("stale", { name: "Feed Check Stale Circle", lastConfirmedAt: monthsBefore(now, 13), meetings: [weekly()] });
  await make("onlineShown", {
    name: "Feed Check Online Shown",
    format: "ONLINE",
    onlineJoinUrl: "https://zoom.us/j/5550001",
    showJoinLink: true,
    joinInstructions: "Passcode 2468",
    timeZone: "Europe/London",
    meetings: [weekly({ weekday: "WE", startTime: "20:00", durationMinutes: 60 })],
  });
  await make("onlineHidden", {
    name: "Feed Check Online Hidden",
    format: "ONLINE",
    onlineJoinUrl: "https://zoom.us/j/5550002",
    showJoinLink: false,
    timeZone: "Europe/London",
    meetings: [weekly({ weekday: "TH", startTime: "23:30", durationMinutes: 60 })],
  });
});

describe("GET /feeds/meeting-guide.json", () => {
  it("is a JSON array that other sites' pages may read", async () => {
    const { response, rows } = await readFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(10);
    const rowSlugs = rows.map((r) => r.slug);
    expect(new Set(rowSlugs).size).toBe(rowSlugs.length);
    for (const row of rows) {
      expect(row.slug).toMatch(/^[a-z0-9_-]{1,64}$/);
      expect(row.name.length).toBeGreaterThan(0);
      expect(row.day).toBeGreaterThanOrEqual(0);
      expect(row.day).toBeLessThanOrEqual(6);
      expect(row.time).toMatch(/^\d{2}:\d{2}$/);
      expect(row.end_time).toMatch(/^\d{2}:\d{2}$/);
      expect(row.updated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
  });

  it("lists a weekly meeting with its time, zone, address, types and notes", async () => {
    const { rows } = await readFeed();
    const [row, ...more] = rowsOf(rows, "weekly");
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      name: "Feed Check Weekly Circle",
      day: 2,
      time: "10:00",
      end_time: "11:30",
      timezone: "America/Chicago",
      address: "1208 Willowbend Avenue",
      city: "Austin",
      state: "TX",
      postal_code: "78704",
      country: "US",
      approximate: "no",
      attendance_option: "in_person",
      url: `${origin}/groups/${slugs.weekly}`,
    });
    expect(row?.types).toEqual(["BA", "CF", "EN", "S", "VLG-FREE", "VLG-LOSS", "X"]);
    expect(row?.notes).toContain("(Hall closed)");
    expect(row?.notes).toContain("Also meets: first Saturday of the month, 9:00 am – 10:00 am.");
  });

  it("shows only what the public may see", async () => {
    const { rows } = await readFeed();
    for (const key of ["pending", "archived", "stale"]) expect(rowsOf(rows, key), key).toEqual([]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain("feed.private.organiser@example.org");
    expect(text).not.toMatch(/contactEmail|no-contact@example\.invalid/);
    // The demo data's contact addresses are all @example.org; none leaves in the feed.
    expect(text).not.toMatch(/"[^"]*@example\.org/);
  });

  it("leaves out groups that meet only fortnightly or monthly", async () => {
    expect(rowsOf((await readFeed()).rows, "monthly")).toEqual([]);
  });

  it("gives an online meeting's link only where the organiser made it public", async () => {
    const { rows } = await readFeed();
    const [shown] = rowsOf(rows, "onlineShown");
    expect(shown).toMatchObject({ conference_url: "https://zoom.us/j/5550001", conference_url_notes: "Passcode 2468", attendance_option: "online", approximate: "yes", timezone: "Europe/London" });
    expect(shown).not.toHaveProperty("address");
    const [hidden] = rowsOf(rows, "onlineHidden");
    expect(hidden).toMatchObject({ attendance_option: "online", day: 4, time: "23:30", end_time: "00:30" });
    expect(hidden).not.toHaveProperty("conference_url");
    expect(JSON.stringify(rows)).not.toContain("5550002");
  });

  it("reads back, row by row, as the meetings it was written from", async () => {
    const { rows } = await readFeed();
    const mine = Object.keys(slugs).flatMap((key) => rowsOf(rows, key));
    expect(mine.length).toBe(3);
    for (const row of mine) {
      const reading = readMeetingGuideSchedule(row, { now });
      expect(reading.ok, row.slug).toBe(true);
      if (!reading.ok) continue;
      const slug = row.url.split("/").pop()!;
      const stored = await db.meeting.findFirstOrThrow({ where: { group: { slug }, frequency: "WEEKLY" }, select: { weekday: true, startMinutes: true, durationMinutes: true, timeZone: true } });
      expect(reading.timeZone).toBe(stored.timeZone);
      expect(reading.meetings.map((m) => [m.weekday, parseClock(m.startTime), m.durationMinutes])).toEqual([[stored.weekday, stored.startMinutes, stored.durationMinutes]]);
    }
  });

  it("writes the same array whatever the page size", async () => {
    const read = async (pageSize: number) => JSON.parse(await new Response(await openMeetingGuideFeed(db, { origin, now }, pageSize)).text());
    const [small, large] = await Promise.all([read(7), read(5000)]);
    expect(small.length).toBeGreaterThan(14);
    expect(small).toEqual(large);
  });

  it("writes an empty array when nothing is public", async () => {
    // Twenty years on, every listing has gone unconfirmed for far more than a year.
    const later = new Date(now.getTime() + 20 * 365 * DAY);
    expect(await new Response(await openMeetingGuideFeed(db, { origin, now: later })).text()).toBe("[]\n");
  });
});

describe("GET /feeds/types.json", () => {
  it("names every type code the feed sends, in English and Spanish", async () => {
    const response = await typesRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const types = (await response.json()) as Record<string, { en: string; es: string }>;
    const sent = new Set((await readFeed()).rows.flatMap((r) => r.types));
    expect(sent.size).toBeGreaterThan(5);
    for (const code of sent) {
      expect(types[code]?.en, code).toEqual(expect.any(String));
      expect(types[code]?.es, code).toEqual(expect.any(String));
    }
    expect(types.S).toEqual({ en: "Spanish", es: "Español" });
    expect(types["VLG-LOSS"]).toEqual({ en: "Pregnancy or infant loss", es: "Pérdida gestacional o neonatal" });
  });
});
