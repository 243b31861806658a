import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoGroups } from "../../prisma/seed/demo-data";
import { getDb } from "@/lib/db/client";
import type { PrismaClient, Role } from "@/lib/db/generated/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { claimListing, listClaimableListings } from "@/lib/import/claim-listing";
import { checkImport, confirmImport, startImport, writeImport } from "@/lib/import/import-batch";
import { importFile } from "@/lib/import/import-file";
import { listImportRows } from "@/lib/import/import-views";
import { formText } from "@/lib/forms/form-text";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { hsdsListingSelect, listingToHsdsService } from "@/lib/open-data/hsds/listing-to-hsds";
import { listingSelect, toListingValues } from "@/lib/listings/listing-record";
import { archiveListing } from "@/lib/listings/manage-listing";
import { toMeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";
import { createGroup } from "../factories/group-factory";
import { csvFile, generatedRows, inPersonRow } from "../factories/import-files";

// Imports through the same steps the site and the command line take, on a real database.
// Every source here is new per run, so the tests never meet each other's listings.

let db: PrismaClient;
let moderator: { id: string; role: Role };
let organiser: { id: string; role: Role };
const run = Date.now().toString(36);
const source = (name: string) => `${name}-${run}`;

async function makeUser(email: string, role: Role, verified = true) {
  return db.user.upsert({ where: { email }, create: { email, role, emailVerified: verified ? new Date() : null }, update: { role, emailVerified: verified ? new Date() : null }, select: { id: true, role: true } });
}

/** Uploads, checks and (when `confirm`) writes a file the way the import page does. */
async function siteImport(file: Uint8Array, sourceName: string, confirm = true) {
  const started = await startImport(db, moderator, { fileName: "groups.csv", bytes: file, source: sourceName });
  if (!started.ok) throw new Error(started.message);
  await checkImport(db, started.batchId, started.rows);
  if (confirm) {
    expect(await confirmImport(db, moderator, started.batchId)).toEqual({ ok: true });
    await writeImport(db, moderator, started.batchId);
  }
  return started.batchId;
}

/** Row problems as an English moderator reads them: they are stored as message keys. */
const inEnglish = (problems: { column: string; value: string; message: string }[]) => problems.map((p) => ({ ...p, message: formText("en", p.message) }));

const groupsOf = (importSource: string) => db.group.findMany({ where: { importSource }, orderBy: { externalId: "asc" }, select: { id: true, externalId: true, name: true, status: true, slug: true } });

beforeAll(async () => {
  db = await getDb();
  moderator = await makeUser("import-test-moderator@example.org", "MODERATOR");
  organiser = await makeUser("organiser-claim-a1@example.org", "ORGANISER");
});

describe("the preview", () => {
  it("says of every row whether it is new, an update or an error, in the form's words, and writes nothing", async () => {
    const name = source("preview");
    const before = await db.group.count();
    const batchId = await siteImport(
      csvFile([inPersonRow("P1"), inPersonRow("P2", { town: "Springfeld" }), inPersonRow("P3", { meeting_1_start: "25:00", contact_email: "" }), inPersonRow("P1", { name: "Twice" })]),
      name,
      false,
    );
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "READY", total: 4, newCount: 1, updateCount: 0, errorCount: 3 });
    const rows = (await listImportRows(db, moderator, batchId, { page: 1 }))!.rows;
    expect(rows.map((r) => [r.rowNumber, r.outcome])).toEqual([[2, "NEW"], [3, "ERROR"], [4, "ERROR"], [5, "ERROR"]]);
    expect(inEnglish(rows[1]!.problems)).toEqual([{ column: "town", value: "Springfeld", message: "We couldn't find that town or postcode. Check the spelling, or try the nearest larger town." }]);
    expect(inEnglish(rows[2]!.problems)).toEqual(
      expect.arrayContaining([
        { column: "meeting_1_start", value: "25:00", message: "Write the start time like 18:30 (24-hour clock)." },
        { column: "contact_email", value: "", message: "Give an email address where we can pass on messages from parents." },
      ]),
    );
    expect(inEnglish(rows[3]!.problems)).toEqual([{ column: "id", value: "P1", message: "Row 2 has this id too: give each row an id of its own." }]);
    // Stored as a key with its arguments, so a moderator working in Spanish reads it in Spanish.
    expect(formText("es", rows[3]!.problems[0]!.message)).toBe("La fila 2 también tiene este id: dale a cada fila un id propio.");
    expect(await db.group.count()).toBe(before);
  });

  it("is refused to anyone but a moderator, and so are the confirmation and the write", async () => {
    const started = await startImport(db, organiser, { fileName: "groups.csv", bytes: csvFile([inPersonRow("R1")]), source: source("refused") });
    expect(started).toEqual({ ok: false, message: "Import.onlyModerators" });
    expect(formText("en", "Import.onlyModerators")).toBe("Only moderators can import listings.");
    const batchId = await siteImport(csvFile([inPersonRow("R1")]), source("refused"), false);
    expect(await confirmImport(db, organiser, batchId)).toEqual({ ok: false, message: "Import.onlyModerators" });
    expect(await confirmImport(db, null, batchId)).toMatchObject({ ok: false });
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe("READY");
    expect(await groupsOf(source("refused"))).toEqual([]);
  });
});

describe("confirming", () => {
  it("skips the rows with errors, publishes the rest with an audit entry each, and importing again updates instead of duplicating", async () => {
    const name = source("reimport");
    const batchId = await siteImport(csvFile([inPersonRow("A1"), inPersonRow("A2", { town: "Springfeld" }), inPersonRow("A3", { format: "online", join_link: "https://meet.example.org/a3", time_zone: "America/Chicago" })]), name);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "DONE", newCount: 2, updateCount: 0, errorCount: 1 });
    const first = await groupsOf(name);
    expect(first.map((g) => [g.externalId, g.status])).toEqual([["A1", "PUBLISHED"], ["A3", "PUBLISHED"]]);
    const audit = await db.auditEntry.findMany({ where: { groupId: { in: first.map((g) => g.id) } }, select: { action: true, actorId: true, details: true } });
    expect(audit).toHaveLength(2);
    expect(audit.every((e) => e.action === "IMPORTED" && e.actorId === moderator.id)).toBe(true);
    expect(audit.map((e) => (e.details as { change: string }).change)).toEqual(["new", "new"]);

    // The public sees it as a form-made listing would be seen.
    const page = await getPublicGroup(db, first[0]!.slug);
    expect(page?.name).toBe("Import Test Circle A1");
    const stored = toListingValues(await db.group.findUniqueOrThrow({ where: { id: first[0]!.id }, select: listingSelect }));
    expect(stored).toMatchObject({ format: "IN_PERSON", venueType: "HOSPITAL", audiences: ["MOTHERS_BIRTHING_PARENTS", "PARTNERS_DADS"], languages: ["en", "es"], timeZone: "America/Chicago" });
    expect(stored.location).toMatchObject({ locality: "Austin", countryCode: "US" });
    expect(stored.location!.lat).toBeCloseTo(30.27, 0);

    const again = await siteImport(csvFile([inPersonRow("A1", { name: "Renamed Circle A1" }), inPersonRow("A3", { format: "online", join_link: "https://meet.example.org/a3", time_zone: "America/Chicago" })]), name);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: again } })).toMatchObject({ status: "DONE", newCount: 0, updateCount: 2, errorCount: 0 });
    const second = await groupsOf(name);
    expect(second.map((g) => g.id)).toEqual(first.map((g) => g.id));
    expect(second[0]!.name).toBe("Renamed Circle A1");
    const updates = await db.auditEntry.count({ where: { groupId: { in: first.map((g) => g.id) }, action: "IMPORTED", details: { path: ["change"], equals: "update" } } });
    expect(updates).toBe(2);
  });

  it("leaves an archived listing alone and says why", async () => {
    const name = source("archived");
    await siteImport(csvFile([inPersonRow("Z1")]), name);
    const [group] = await groupsOf(name);
    expect((await archiveListing(db, moderator, group!.id)).ok).toBe(true);
    const batchId = await siteImport(csvFile([inPersonRow("Z1", { name: "Back again" })]), name, false);
    const rows = (await listImportRows(db, moderator, batchId, { page: 1 }))!.rows;
    expect(rows[0]).toMatchObject({ outcome: "ERROR" });
    expect(formText("en", rows[0]!.problems[0]!.message)).toMatch(/was archived on the site; an import doesn't bring it back/);
    expect(formText("es", rows[0]!.problems[0]!.message)).toMatch(/se archivó en el sitio; una importación no lo vuelve a publicar/);
  });
});

describe("claiming an imported listing", () => {
  it("lets the person whose verified sign-in email is the contact email claim it, and nobody else", async () => {
    const name = source("claim");
    await siteImport(csvFile([inPersonRow("C1", { contact_email: "Organiser-Claim-A1@example.org" }), inPersonRow("C2", { contact_email: "someone-else@example.org" })]), name);
    const [mine, theirs] = await groupsOf(name);
    const stranger = await makeUser("stranger-claim@example.org", "ORGANISER");
    const unverified = await makeUser("someone-else@example.org", "ORGANISER", false);

    expect((await listClaimableListings(db, organiser)).map((l) => l.id)).toContain(mine!.id);
    expect((await listClaimableListings(db, organiser)).map((l) => l.id)).not.toContain(theirs!.id);
    // The contact address is theirs, but they never proved it by following a sign-in link.
    expect(await listClaimableListings(db, unverified)).toEqual([]);

    expect(await claimListing(db, stranger, mine!.id)).toEqual({ ok: false, message: "Import.notYours" });
    expect(await claimListing(db, organiser, theirs!.id)).toMatchObject({ ok: false });
    expect(await claimListing(db, unverified, theirs!.id)).toMatchObject({ ok: false });
    expect(await claimListing(db, null, mine!.id)).toMatchObject({ ok: false });
    expect((await db.group.findMany({ where: { id: { in: [mine!.id, theirs!.id] } }, select: { organiserId: true } })).every((g) => g.organiserId === null)).toBe(true);

    expect(await claimListing(db, organiser, mine!.id)).toEqual({ ok: true, groupId: mine!.id, name: "Import Test Circle C1" });
    expect((await db.group.findUniqueOrThrow({ where: { id: mine!.id } })).organiserId).toBe(organiser.id);
    expect(await db.auditEntry.count({ where: { groupId: mine!.id, action: "CLAIMED", actorId: organiser.id } })).toBe(1);
    // Claimed once is claimed: not even the same person claims it twice.
    expect(await claimListing(db, organiser, mine!.id)).toMatchObject({ ok: false });
  });

  it("never offers a listing made on the site, even with a matching contact email", async () => {
    const made = await createGroup(db, { name: "Form-made Circle", contactEmail: "organiser-claim-a1@example.org", organiserId: null });
    expect((await listClaimableListings(db, organiser)).map((l) => l.id)).not.toContain(made.id);
    expect(await claimListing(db, organiser, made.id)).toMatchObject({ ok: false });
  });
});

describe("round trip", () => {
  it("exports the published demo listings as HSDS and imports them into an empty directory with the same public listings", async () => {
    const now = new Date();
    // The seeded demo listings, not those other test files add to the same database.
    const demoSlugs = buildDemoGroups().map((group) => group.slug);
    const demo = await db.group.findMany({ where: { ...publicListingWhere(now), importSource: null, slug: { in: demoSlugs } }, select: hsdsListingSelect, orderBy: { id: "asc" } });
    expect(demo.length).toBeGreaterThan(10);
    // The site's own export, as /api/hsds serves it.
    const services = demo.map((listing) => listingToHsdsService(listing, { origin: "https://village.example", now }));
    const file = new TextEncoder().encode(JSON.stringify(services));
    // "An empty database": the import goes to a fresh source and never meets the originals.
    const name = source("round-trip");
    const result = await importFile(db, { fileName: "services.json", bytes: file }, { source: name, now });
    if (!result.ok) throw new Error(result.message);
    const errors = result.checked.filter((r) => r.outcome === "ERROR");
    expect(errors).toEqual([]);
    expect(result.written?.created).toHaveLength(demo.length);

    const publicView = async (where: { id: string } | { openDataId: string }) => {
      const group = await db.group.findUniqueOrThrow({ where, select: listingSelect });
      const { contactEmail: _private, meetings, ...values } = toListingValues(group);
      // What a visitor sees: never the contact email, the join link only when shown, each
      // meeting from its first date (a start date before the first meeting shows nowhere), in
      // the order public pages put them in (the export's), whatever order they were stored in.
      return {
        ...values,
        onlineJoinUrl: values.showJoinLink ? values.onlineJoinUrl : null,
        meetings: group.meetings
          .map((m, i) => {
            const { id: _id, startDate: _start, ...meeting } = meetings[i]!;
            return { ...meeting, firstDate: findFirstStart(toMeetingRule({ ...m, cancellations: [] }))?.toISOString().slice(0, 10) };
          })
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      };
    };
    const imported = await db.group.findMany({ where: { importSource: name }, select: { id: true, externalId: true, status: true } });
    expect(imported.every((g) => g.status === "PUBLISHED")).toBe(true);
    for (const copy of imported) expect(await publicView({ id: copy.id })).toEqual(await publicView({ openDataId: copy.externalId! }));
  });
});

describe("10,000 rows", () => {
  // Other test files share this database and count its groups: take the ten thousand away again.
  afterAll(async () => {
    await db.group.deleteMany({ where: { importSource: source("ten-thousand") } });
  });

  it("are checked and written, and the time it took is printed", async () => {
    const rows = await generatedRows(db, 10_000, `T${run}`);
    const started = performance.now();
    const result = await importFile(db, { fileName: "ten-thousand.csv", bytes: csvFile(rows) }, { source: source("ten-thousand") });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Imported 10,000 rows in ${seconds.toFixed(1)} s on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.written?.created).toHaveLength(10_000);
    expect(await db.group.count({ where: { importSource: source("ten-thousand"), status: "PUBLISHED" } })).toBe(10_000);
    // `npm run bench` times this on a quiet machine (well under a minute); here, on a machine
    // other work may be slowing down, only a many-fold slowdown fails.
    expect(seconds).toBeLessThan(240);
  }, 300_000);
});
