import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";

let db: PrismaClient;
beforeAll(async () => {
  db = await getDb();
});

describe("demo data", () => {
  it("covers enough places, countries and online groups to explore", async () => {
    const local = await db.location.findMany({ where: { group: { status: "PUBLISHED", name: { not: { contains: "Circle" } } } }, select: { locality: true, countryCode: true } });
    expect(local.length).toBeGreaterThanOrEqual(120);
    expect(new Set(local.map((l) => `${l.locality}|${l.countryCode}`)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(local.map((l) => l.countryCode)).size).toBeGreaterThanOrEqual(4);
    expect(await db.group.count({ where: { status: "PUBLISHED", format: "ONLINE" } })).toBeGreaterThanOrEqual(20);
  });

  it("varies schedules, audiences and languages", async () => {
    const frequencies = await db.meeting.groupBy({ by: ["frequency"], _count: true });
    expect(frequencies.map((f) => f.frequency).sort()).toEqual(["FORTNIGHTLY", "MONTHLY_LAST", "MONTHLY_NTH", "WEEKLY"]);
    const languages = await db.language.findMany({ where: { groups: { some: {} } }, select: { code: true } });
    expect(languages.length).toBeGreaterThanOrEqual(5);
    const audiences = new Set((await db.group.findMany({ select: { audiences: true } })).flatMap((g) => g.audiences));
    expect(audiences.size).toBe(9);
  });
});
