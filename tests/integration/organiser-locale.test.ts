import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ListingInput } from "@/lib/listings/form-input";
import { submitListing, updateListing } from "@/lib/listings/manage-listing";
import { createGroup } from "../factories/group-factory";

// A listing remembers the language its organiser last submitted or edited it in, so the
// mail about it (decisions, reminders) goes out in that language.

const RUN = Date.now().toString(36);

let db: PrismaClient;
let organiser: { id: string; role: "ORGANISER" };
const made: string[] = [];

/** A complete in-person listing as the form sends it. */
function formInput(name: string): ListingInput {
  return {
    name,
    summary: "Un encuentro semanal para madres, padres y bebés.",
    description: "Té, preguntas y las pequeñas victorias de la semana.",
    audiences: ["ALL_NEW_PARENTS"],
    languages: ["es"],
    isFree: true,
    registrationRequired: false,
    contactEmail: "locale@example.org",
    format: "IN_PERSON",
    venueType: "LIBRARY",
    location: { venueName: "Biblioteca Central", addressLine1: "710 W César Chávez St", locality: "Austin", region: "TX", countryCode: "US" },
    timeZone: "",
    meetings: [{ frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" }],
  };
}

const localeOf = async (id: string) => (await db.group.findUniqueOrThrow({ where: { id }, select: { organiserLocale: true } })).organiserLocale;

beforeAll(async () => {
  db = await getDb();
  organiser = await db.user.create({ data: { email: `organiser-locale.${RUN}@example.org`, role: "ORGANISER" }, select: { id: true, role: true } }) as typeof organiser;
});

afterAll(async () => {
  await db.auditEntry.deleteMany({ where: { groupId: { in: made } } });
  await db.group.deleteMany({ where: { id: { in: made } } });
  await db.rateLimitHit.deleteMany({ where: { key: { contains: organiser.id } } });
  await db.user.delete({ where: { id: organiser.id } });
});

describe("the organiser's language", () => {
  it("is stored with a listing submitted in Spanish, and follows an edit made in English", async () => {
    const submitted = await submitListing(db, organiser, formInput(`Círculo de Madres ${RUN}`), new Date(), "es");
    if (!submitted.ok || !submitted.group) throw new Error(`expected a new listing, got ${JSON.stringify(submitted)}`);
    made.push(submitted.group.id);
    expect(await localeOf(submitted.group.id)).toBe("es");

    // Still waiting for review, so the edit changes the listing in place.
    const edited = await updateListing(db, organiser, submitted.group.id, formInput(`Mothers Circle ${RUN}`), new Date(), "en");
    expect(edited).toMatchObject({ ok: true, review: "listing" });
    expect(await localeOf(submitted.group.id)).toBe("en");
  });

  it("changes at once when an edit of a published listing waits for review, leaving the public listing as it was", async () => {
    const group = await createGroup(db, { name: `Published Circle ${RUN}`, status: "PUBLISHED", organiserId: organiser.id, contactEmail: "locale@example.org" });
    made.push(group.id);
    const before = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, updatedAt: true, organiserLocale: true } });
    expect(before.organiserLocale).toBe("en");

    expect(await updateListing(db, organiser, group.id, formInput(`Círculo Publicado ${RUN}`), new Date(), "es")).toMatchObject({ ok: true, review: "revision" });
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, updatedAt: true, organiserLocale: true } });
    expect(after).toEqual({ ...before, organiserLocale: "es" });

    expect(await updateListing(db, organiser, group.id, formInput(`Published Circle Again ${RUN}`), new Date(), "en")).toMatchObject({ ok: true, review: "revision" });
    expect(await localeOf(group.id)).toBe("en");
  });
});
