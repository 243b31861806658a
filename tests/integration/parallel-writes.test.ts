import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ListingInput } from "@/lib/listings/form-input";
import { confirmStillRunning, submitListing } from "@/lib/listings/manage-listing";
import { createGroup } from "../factories/group-factory";

// Writes that arrive at the same moment, as they do when many organisers use the site at
// once (or one organiser double-clicks): none may be lost, fail, or leave a half state.

const RUN = Date.now().toString(36);
let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
});

// A hundred pending listings would fill the moderators' queue that other test files read.
afterAll(async () => {
  await db.group.deleteMany({ where: { name: { in: [`Crowded Name Circle ${RUN}`, `Confirmed Often ${RUN}`] } } });
});

/** One listing as the form sends it; every copy has the same name, so all want the same slug. */
function sameNameListing(): ListingInput {
  return {
    name: `Crowded Name Circle ${RUN}`,
    summary: "A weekly drop-in for new parents.",
    description: "Tea, questions and the small wins of the week.",
    audiences: ["ALL_NEW_PARENTS"],
    languages: ["en"],
    isFree: true,
    registrationRequired: false,
    babiesWelcome: true,
    contactEmail: "crowded@example.org",
    format: "IN_PERSON",
    venueType: "LIBRARY",
    location: { venueName: "Crowded Library", addressLine1: "1 Mill Street", locality: "Austin", region: "TX", postalCode: "78704", countryCode: "US" },
    timeZone: "",
    meetings: [{ frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" }],
  };
}

describe("parallel writes", () => {
  it("100 submissions of the same name at once give 100 pending listings with distinct slugs", async () => {
    // A hundred organisers, so the per-person submission limit is not what is tested.
    const organisers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        db.user.create({ data: { email: `parallel.${RUN}.${i}@example.org`, role: "ORGANISER" }, select: { id: true, role: true } }),
      ),
    );
    const results = await Promise.all(organisers.map((organiser) => submitListing(db, organiser, sameNameListing())));

    const failures = results.filter((r) => !r.ok || !r.group);
    expect(failures).toEqual([]);
    const slugs = results.map((r) => (r.ok ? r.group?.slug : undefined));
    expect(new Set(slugs).size).toBe(100);

    const stored = await db.group.findMany({ where: { name: `Crowded Name Circle ${RUN}` }, select: { slug: true, status: true, organiserId: true } });
    expect(stored).toHaveLength(100);
    expect(stored.every((g) => g.status === "PENDING")).toBe(true);
    expect(new Set(stored.map((g) => g.organiserId)).size).toBe(100);
    const base = `crowded-name-circle-${RUN}-austin`;
    expect(stored.map((g) => g.slug).sort()).toEqual([base, ...Array.from({ length: 99 }, (_, i) => `${base}-${i + 2}`)].sort());
    expect(await db.auditEntry.count({ where: { action: "SUBMITTED", group: { name: `Crowded Name Circle ${RUN}` } } })).toBe(100);
  });

  it("50 'still running' confirmations of one listing at once leave one consistent state", async () => {
    const organiser = await db.user.create({ data: { email: `parallel.${RUN}.confirm@example.org`, role: "ORGANISER" }, select: { id: true, role: true } });
    const { id } = await createGroup(db, { name: `Confirmed Often ${RUN}`, organiserId: organiser.id, lastConfirmedAt: new Date("2026-01-01T00:00:00Z") });
    const times = Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2026, 10, 1, 9, 0, i)));

    const results = await Promise.all(times.map((now) => confirmStillRunning(db, organiser, id, now)));

    expect(results.filter((r) => !r.ok)).toEqual([]);
    const group = await db.group.findUniqueOrThrow({ where: { id }, select: { lastConfirmedAt: true } });
    expect(times.map((t) => t.getTime())).toContain(group.lastConfirmedAt.getTime());
    const entries = await db.auditEntry.findMany({ where: { groupId: id, action: "CONFIRMED" }, select: { createdAt: true, actorId: true } });
    expect(entries).toHaveLength(50);
    expect(new Set(entries.map((e) => e.createdAt.getTime()))).toEqual(new Set(times.map((t) => t.getTime())));
    expect(entries.every((e) => e.actorId === organiser.id)).toBe(true);
  });
});
