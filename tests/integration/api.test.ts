import { beforeAll, describe, expect, it } from "vitest";
import { GET as calendarFeed } from "@/app/[locale]/(site)/groups/[slug]/calendar.ics/route";
import { GET as groupJson } from "@/app/api/groups/[slug]/route";
import { GET as searchJson } from "@/app/api/groups/route";
import { getDb } from "@/lib/db/client";
import { RRule } from "@/lib/schedule/rrule-lib";
import { createGroup } from "../factories/group-factory";

const origin = "http://village.test";
const call = (handler: (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response>, path: string, slug: string) =>
  handler(new Request(`${origin}${path}`), { params: Promise.resolve({ slug }) });

let slug: string;

/** What the API says of the group's one meeting for machines. */
const machineMeeting = {
  rrule: "FREQ=MONTHLY;BYDAY=-1FR",
  dtstart: "2026-01-30T19:00:00",
  startTime: "19:00",
  durationMinutes: 90,
  timeZone: "America/Chicago",
  startDate: "2026-01-30",
  cancellations: [{ date: "2027-01-29", reason: "Winter break" }],
};

beforeAll(async () => {
  const db = await getDb();
  ({ slug } = await createGroup(db, {
    name: "Api Check Circle",
    contactEmail: "private.organiser@example.org",
    timeZone: "America/Chicago",
    meetings: [
      { frequency: "MONTHLY_LAST", weekday: "FR", startTime: "19:00", durationMinutes: 90, startDate: "2026-01-30", cancellations: [{ date: "2027-01-29", reason: "Winter break" }] },
    ],
  }));
});

describe("GET /api/groups", () => {
  it("returns the same search as /groups, with pagination links", async () => {
    const response = await searchJson(new Request(`${origin}/api/groups?near=Austin&radius=25&online=hide`));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.place).toMatchObject({ status: "found", label: "Austin, TX, United States" });
    expect(body.results.length).toBeGreaterThan(0);
    const distances = body.results.map((r: { distance: { value: number } }) => r.distance.value);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d: number) => d <= 25)).toBe(true);
    expect(body.links.self).toBe(`${origin}/api/groups?near=Austin&radius=25&online=hide`);
    expect(body.links.first).toContain("near=Austin");
    expect(JSON.stringify(body)).not.toMatch(/contactEmail|@example\.org/);
  });

  it("links to the next page when there is one", async () => {
    const body = await (await searchJson(new Request(`${origin}/api/groups?online=only`))).json();
    expect(body.pageCount).toBeGreaterThan(1);
    expect(body.links.next).toBe(`${origin}/api/groups?online=only&page=2`);
    expect(body.links.prev).toBeNull();
  });

  it("gives each result's meetings for machines beside the words", async () => {
    const body = await (await searchJson(new Request(`${origin}/api/groups?q=Api+Check+Circle`))).json();
    const card = body.results.find((r: { slug: string }) => r.slug === slug);
    expect(card.meetings).toEqual([expect.objectContaining(machineMeeting)]);
  });

  it("answers bad parameters with 400 and a message per parameter", async () => {
    const response = await searchJson(new Request(`${origin}/api/groups?radius=far&day=funday`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.problems.map((p: { param: string }) => p.param).sort()).toEqual(["day", "radius"]);
  });
});

describe("GET /api/groups/<slug>", () => {
  it("returns the group with meetings and next dates, and no private email", async () => {
    const response = await call(groupJson, `/api/groups/${slug}`, slug);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.name).toBe("Api Check Circle");
    expect(body.meetings[0].pattern).toBe("Last Friday of the month");
    expect(new Date(body.nextMeeting.start).getTime()).toBeGreaterThan(Date.now() - 2 * 3600_000);
    expect(JSON.stringify(body)).not.toContain("private.organiser@example.org");
  });

  it("gives each meeting's RRULE, first date, start, length, zone and cancellations beside the words", async () => {
    const body = await (await call(groupJson, `/api/groups/${slug}`, slug)).json();
    expect(body.meetings).toEqual([{ id: expect.any(String), label: null, pattern: "Last Friday of the month", timeRange: "7:00 pm – 8:30 pm", endDate: null, ...machineMeeting }]);
    // The cancelled date is one of the RRULE's own dates, counted from DTSTART (floating, local time).
    const [meeting] = body.meetings;
    const series = new RRule({ ...RRule.parseString(meeting.rrule), dtstart: new Date(`${meeting.dtstart}Z`) });
    const onThatDay = series.between(new Date(`${meeting.cancellations[0].date}T00:00:00Z`), new Date(`${meeting.cancellations[0].date}T23:59:59Z`));
    expect(onThatDay.map((d) => d.toISOString())).toEqual(["2027-01-29T19:00:00.000Z"]);
  });

  it("is 404 for unknown or unpublished groups", async () => {
    expect((await call(groupJson, "/api/groups/no-such-group", "no-such-group")).status).toBe(404);
    const db = await getDb();
    const pending = await createGroup(db, { name: "Api Pending Circle", status: "PENDING" });
    expect((await call(groupJson, `/api/groups/${pending.slug}`, pending.slug)).status).toBe(404);
  });
});

describe("GET /groups/<slug>/calendar.ics", () => {
  it("serves an iCalendar feed with the rule, time zone and cancellation", async () => {
    const response = await call(calendarFeed, `/groups/${slug}/calendar.ics`, slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const ics = await response.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toMatch(/RRULE:FREQ=MONTHLY;BYDAY=-1FR/);
    expect(ics).toMatch(/DTSTART;TZID=America\/Chicago:20260130T190000/);
    expect(ics).toMatch(/EXDATE;TZID=America\/Chicago:20270129T190000/);
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain(`${origin}/groups/${slug}`);
  });
});
