import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { markupWithIntl } from "../helpers/render-with-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ReportList } from "@/components/moderation/report-list";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { PrismaClient, Role } from "@/lib/db/generated/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { listingSelect, toListingValues } from "@/lib/listings/listing-record";
import { toSnapshot } from "@/lib/listings/revision-snapshot";
import { listAuditLog } from "@/lib/moderation/audit-log";
import { relayContactMessage } from "@/lib/contact/relay-contact-message";
import type { DecisionResult } from "@/lib/moderation/decision-result";
import { monthsBefore } from "@/lib/listings/lifecycle";
import { approveListing, rejectListing, requestListingChanges } from "@/lib/moderation/listing-decisions";
import { listModerationQueue } from "@/lib/moderation/queue";
import { reportProblem } from "@/lib/moderation/report-problem";
import { resolveReport } from "@/lib/moderation/resolve-report";
import { getListingReview, getRevisionReview } from "@/lib/moderation/review";
import { approveRevision, rejectRevision, requestRevisionChanges } from "@/lib/moderation/revision-decisions";
import { sendStaleReminders } from "@/lib/moderation/stale-reminders";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createGroup, type GroupOverrides } from "../factories/group-factory";
import { readCapturedMail, startSmtpCapture } from "../helpers/smtp-capture";

// Listings here meet in Akureyri, Iceland, where no demo group does, and carry a marker word,
// so a search near the town with that word finds only groups this file made.
const MARKER = "eyjafjordur";
const AKUREYRI = { lat: 65.6835, lng: -18.0878 };

let db: PrismaClient;
let owner: { id: string; role: Role; email: string };
let otherOrganiser: { id: string; role: Role; email: string };
let moderator: { id: string; role: Role; email: string };
const actor = (user: { id: string; role: Role }): Actor => ({ id: user.id, role: user.role });

async function makeUser(email: string, role: Role) {
  return db.user.upsert({ where: { email }, create: { email, name: email.split("@")[0], role }, update: { role }, select: { id: true, role: true, email: true } });
}

let counter = 0;
/** A listing by `owner` in Akureyri, waiting for review unless told otherwise. */
async function listing(overrides: GroupOverrides = {}) {
  counter += 1;
  const name = overrides.name ?? `Fjord Parents Circle ${counter}`;
  return createGroup(db, {
    name,
    description: `A ${MARKER} test group for new parents by the fjord.`,
    status: "PENDING",
    organiserId: owner.id,
    contactEmail: `fjord-circle-${counter}@example.org`,
    timeZone: "Atlantic/Reykjavik",
    location: {
      venueName: `${name} Hall`,
      addressLine1: "Hafnarstræti 1",
      locality: "Akureyri",
      countryCode: "IS",
      lat: AKUREYRI.lat + counter * 0.001,
      lng: AKUREYRI.lng,
    },
    meetings: [{ frequency: "WEEKLY", weekday: "TH", startTime: "18:30", durationMinutes: 90, startDate: "2026-01-01" }],
    ...overrides,
  });
}

/** A pending edit by the owner: the listing's current values with `change` applied. */
async function revisionOf(groupId: string, change: (values: ListingValues) => ListingValues) {
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, select: listingSelect });
  const data = toSnapshot(change(toListingValues(group)));
  return db.groupRevision.create({ data: { groupId, data, createdById: owner.id }, select: { id: true } });
}

async function search(query: string, now = new Date()) {
  const { filters, problems } = parseSearchParams(new URLSearchParams(query));
  return runSearch(db, filters, problems, now);
}
const nearAkureyri = `near=Akureyri&radius=10&unit=km&q=${MARKER}`;
/** Every slug a visitor finds near Akureyri, all pages. */
async function slugsNearAkureyri(): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const outcome = await search(`${nearAkureyri}&page=${page}`);
    slugs.push(...outcome.results.map((r) => r.slug));
    if (page >= outcome.pageCount) return slugs;
  }
}

const mailTo = (to: string) => db.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

/** Everything a refused decision must leave alone. */
async function snapshot() {
  const [groups, revisions, reports, audit, mail] = await Promise.all([
    db.group.findMany({
      where: { organiserId: owner.id },
      select: { id: true, status: true, moderatorMessage: true, publishedAt: true, name: true, summary: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    db.groupRevision.findMany({ where: { group: { organiserId: owner.id } }, select: { id: true, status: true, moderatorMessage: true, decidedAt: true }, orderBy: { id: "asc" } }),
    db.report.findMany({ where: { group: { organiserId: owner.id } }, select: { id: true, resolvedAt: true, resolvedById: true }, orderBy: { id: "asc" } }),
    db.auditEntry.count(),
    db.outboxMail.count(),
  ]);
  return { groups, revisions, reports, audit, mail };
}

beforeAll(async () => {
  db = await getDb();
  owner = await makeUser("moderation-test-owner@example.org", "ORGANISER");
  otherOrganiser = await makeUser("moderation-test-other@example.org", "ORGANISER");
  moderator = await makeUser("moderation-test-moderator@example.org", "MODERATOR");
});

describe("who may moderate", () => {
  const cases: { name: string; prepare: () => Promise<string>; decide: (who: Actor, id: string) => Promise<DecisionResult> }[] = [
    { name: "approveListing", prepare: async () => (await listing()).id, decide: (who, id) => approveListing(db, who, id) },
    { name: "requestListingChanges", prepare: async () => (await listing()).id, decide: (who, id) => requestListingChanges(db, who, id, "Please add the room number.") },
    { name: "rejectListing", prepare: async () => (await listing()).id, decide: (who, id) => rejectListing(db, who, id, "This is a sales event, not a support group.") },
    {
      name: "approveRevision",
      prepare: async () => (await revisionOf((await listing({ status: "PUBLISHED" })).id, (v) => ({ ...v, summary: "Approved by a moderator?" }))).id,
      decide: (who, id) => approveRevision(db, who, id),
    },
    {
      name: "requestRevisionChanges",
      prepare: async () => (await revisionOf((await listing({ status: "PUBLISHED" })).id, (v) => ({ ...v, summary: "Changes asked for?" }))).id,
      decide: (who, id) => requestRevisionChanges(db, who, id, "Please say which room."),
    },
    {
      name: "rejectRevision",
      prepare: async () => (await revisionOf((await listing({ status: "PUBLISHED" })).id, (v) => ({ ...v, summary: "Rejected?" }))).id,
      decide: (who, id) => rejectRevision(db, who, id, "The new summary is an advert."),
    },
    {
      name: "resolveReport",
      prepare: async () => (await db.report.create({ data: { groupId: (await listing({ status: "PUBLISHED" })).id, reason: "OTHER", details: "Check me" }, select: { id: true } })).id,
      decide: (who, id) => resolveReport(db, who, id, "Called the organiser; all fine."),
    },
  ];

  for (const { name, prepare, decide } of cases) {
    it(`${name} refuses visitors and organisers (even the owner), changing nothing, and works for a moderator`, async () => {
      const id = await prepare();
      const startedAt = new Date();
      const before = await snapshot();
      for (const who of [null, actor(owner), actor(otherOrganiser)]) {
        expect(await decide(who, id)).toEqual({ ok: false, reason: "forbidden", message: "Moderation.onlyModerators" });
      }
      expect(await snapshot()).toEqual(before);

      const result = await decide(actor(moderator), id);
      expect(result).toMatchObject({ ok: true });
      const after = await snapshot();
      expect(after.audit).toBe(before.audit + 1);
      expect(after).not.toEqual(before);
      // Entries written during this test only: other tests write some dated in the future.
      const entry = await db.auditEntry.findFirstOrThrow({ where: { createdAt: { gte: startedAt, lte: new Date() } }, orderBy: { createdAt: "desc" }, select: { actorId: true } });
      expect(entry.actorId).toBe(moderator.id);

      // A second decision on the same thing is refused and changes nothing either.
      expect(await decide(actor(moderator), id)).toMatchObject({ ok: false, reason: "already-decided" });
      expect(await snapshot()).toEqual(after);
    });
  }

  it("shows the queue, the audit log and review pages to moderators only", async () => {
    const { id } = await listing();
    const revision = await revisionOf((await listing({ status: "PUBLISHED" })).id, (v) => ({ ...v, name: "Renamed Circle" }));
    for (const who of [null, actor(owner), actor(otherOrganiser)]) {
      expect(await listModerationQueue(db, who, new Date())).toBeNull();
      expect(await listAuditLog(db, who)).toBeNull();
      expect(await getListingReview(db, who, id)).toBeNull();
      expect(await getRevisionReview(db, who, revision.id)).toBeNull();
    }
    const queue = await listModerationQueue(db, actor(moderator), new Date());
    expect(queue?.submissions.items.map((s) => s.id)).toContain(id);
    expect((await getListingReview(db, actor(moderator), id))?.rows.find((r) => r.field === "location.locality")?.value).toBe("Akureyri");
    // A moderator working in Spanish reads the form's labels and the values in words in Spanish; the organiser's own text as written.
    const spanish = (await getListingReview(db, actor(moderator), id, new Date(), "es"))?.rows;
    expect(spanish?.find((r) => r.field === "location.locality")).toMatchObject({ label: "Ciudad o pueblo", value: "Akureyri" });
    expect(spanish?.find((r) => r.field === "location.countryCode")?.value).toBe("Islandia (IS)");
    expect(spanish?.find((r) => r.field.startsWith("meeting"))?.value).toMatch(/^Todos los jueves, .* · desde el 1 ene 2026$/);
    expect((await getRevisionReview(db, actor(moderator), revision.id))?.changes).toContainEqual(expect.objectContaining({ field: "name", after: "Renamed Circle" }));
    expect((await listAuditLog(db, actor(moderator)))?.entries.length).toBeGreaterThan(0);
  });
});

describe("new listings", () => {
  it("approving a pending listing puts it in search near its town, with the right next meeting", async () => {
    const { id, slug } = await listing({ name: "Akureyri Evening Circle" });
    expect(await slugsNearAkureyri()).not.toContain(slug);
    expect(await getPublicGroup(db, slug)).toBeNull();

    expect(await approveListing(db, actor(moderator), id)).toEqual({ ok: true, groupId: id, groupName: "Akureyri Evening Circle", mailed: true });

    // Tuesday 1 December 2026: the next Thursday-evening meeting is on the 3rd, 18:30 in Iceland (UTC).
    const outcome = await search(nearAkureyri, new Date("2026-12-01T12:00:00Z"));
    expect(outcome.place).toMatchObject({ status: "found" });
    const card = outcome.results.find((r) => r.slug === slug);
    expect(card?.distance?.value).toBeLessThan(2);
    expect(card?.nextMeeting?.start).toBe("2026-12-03T18:30:00.000Z");
    expect(await getPublicGroup(db, slug)).not.toBeNull();

    const group = await db.group.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true } });
    expect(group.status).toBe("PUBLISHED");
    expect(group.publishedAt).toBeInstanceOf(Date);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { groupId: id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "APPROVED", actorId: moderator.id });
    const [mail] = (await mailTo(owner.email)).filter((m) => m.subject.includes("Akureyri Evening Circle"));
    expect(mail?.subject).toBe("Akureyri Evening Circle is now listed on Village");
    expect(mail?.text).toContain(`/groups/${slug}`);
  });

  it("asking for changes needs a message, stores it, emails the organiser and keeps the listing hidden", async () => {
    const { id, slug } = await listing({ name: "Hidden Until Fixed Circle" });
    const before = await snapshot();
    expect(await requestListingChanges(db, actor(moderator), id, "   ")).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { message: ["Moderation.giveChanges"] },
    });
    expect(await snapshot()).toEqual(before);

    const message = "Please add the room number, and say whether partners are welcome.";
    expect(await requestListingChanges(db, actor(moderator), id, message)).toMatchObject({ ok: true, mailed: true });
    expect(await db.group.findUniqueOrThrow({ where: { id }, select: { status: true, moderatorMessage: true } })).toEqual({
      status: "CHANGES_REQUESTED",
      moderatorMessage: message,
    });
    const mails = (await mailTo(owner.email)).filter((m) => m.subject.includes("Hidden Until Fixed Circle"));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(message);
    expect(await db.auditEntry.findFirst({ where: { groupId: id, action: "CHANGES_REQUESTED" } })).toMatchObject({ actorId: moderator.id, reason: message });
    expect(await getPublicGroup(db, slug)).toBeNull();
    expect(await slugsNearAkureyri()).not.toContain(slug);
  });

  it("rejecting needs a reason and emails the listing's contact address when there is no organiser account", async () => {
    const { id, slug } = await listing({ name: "No Account Circle", organiserId: null, contactEmail: "no-account-circle@example.org" });
    expect(await rejectListing(db, actor(moderator), id, "")).toMatchObject({ ok: false, errors: { reason: ["Moderation.giveReason"] } });
    expect(await rejectListing(db, actor(moderator), id, "Paid coaching is not a support group.")).toMatchObject({ ok: true, mailed: true });
    expect(await db.group.findUniqueOrThrow({ where: { id }, select: { status: true, moderatorMessage: true } })).toEqual({
      status: "REJECTED",
      moderatorMessage: "Paid coaching is not a support group.",
    });
    const [mail] = await mailTo("no-account-circle@example.org");
    expect(mail?.subject).toBe("No Account Circle can't be listed on Village");
    expect(mail?.text).toContain("Paid coaching is not a support group.");
    expect(await getPublicGroup(db, slug)).toBeNull();
  });
});

describe("decision mails in the organiser's language", () => {
  // Names of their own, so a database kept from an earlier run holds no mail about them.
  const run = Date.now().toString(36);
  const inLocale = async (locale: "en" | "es", overrides: GroupOverrides) => {
    const made = await listing(overrides);
    await db.group.update({ where: { id: made.id }, data: { organiserLocale: locale } });
    return made;
  };
  const mailAbout = async (name: string) => (await mailTo(owner.email)).filter((m) => m.subject.includes(name));

  it("approves and rejects in Spanish, with links to the Spanish pages, for an organiser who wrote the listing in Spanish", async () => {
    const approved = await inLocale("es", { name: `Círculo de Akureyri ${run}` });
    expect(await approveListing(db, actor(moderator), approved.id)).toMatchObject({ ok: true, mailed: true });
    const [approval, ...moreApprovals] = await mailAbout(`Círculo de Akureyri ${run}`);
    expect(moreApprovals).toEqual([]);
    expect(approval?.subject).toBe(`Círculo de Akureyri ${run} ya aparece en Village`);
    expect(approval?.text).toContain(`¡Buenas noticias! El equipo de moderación aprobó Círculo de Akureyri ${run}.`);
    expect(approval?.text).toContain(`/es/groups/${approved.slug}`);
    expect(approval?.text).not.toMatch(/Good news|Hello/);

    const rejected = await inLocale("es", { name: `Venta de Cursos Akureyri ${run}` });
    // The moderator's own words go as written, whatever the mail's language.
    expect(await rejectListing(db, actor(moderator), rejected.id, "Es una venta, not a support group.")).toMatchObject({ ok: true, mailed: true });
    const [rejection] = await mailAbout(`Venta de Cursos Akureyri ${run}`);
    expect(rejection?.subject).toBe(`Venta de Cursos Akureyri ${run} no se puede publicar en Village`);
    expect(rejection?.text).toContain("> Es una venta, not a support group.");
    expect(rejection?.text).toContain("/es/organiser");
  });

  it("keeps English, with the unprefixed links, for an organiser who wrote the listing in English", async () => {
    const { id, slug } = await inLocale("en", { name: `English Fjord Circle ${run}` });
    expect(await approveListing(db, actor(moderator), id)).toMatchObject({ ok: true, mailed: true });
    const [approval] = await mailAbout(`English Fjord Circle ${run}`);
    expect(approval?.subject).toBe(`English Fjord Circle ${run} is now listed on Village`);
    expect(approval?.text).toContain(`Good news: a moderator has approved English Fjord Circle ${run}.`);
    expect(approval?.text).toMatch(new RegExp(`https?://[^/\\s]+/groups/${slug}`));
    expect(approval?.text).not.toContain("/es/");
  });
});

describe("edits to published listings", () => {
  it("approving an edit changes the public group and records EDIT_APPROVED", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Edited Circle" });
    const revision = await revisionOf(id, (v) => ({
      ...v,
      summary: "Now with a baby-weighing corner.",
      meetings: v.meetings.map((m) => ({ ...m, startTime: "10:30", weekday: "SA" as const })),
    }));

    const queued = (await listModerationQueue(db, actor(moderator), new Date()))?.revisions.items.find((r) => r.id === revision.id);
    const meetingId = (await db.meeting.findFirstOrThrow({ where: { groupId: id } })).id;
    expect(queued?.changes).toEqual([
      { field: "summary", label: "Summary", before: "A friendly weekly drop-in for new parents and their babies.", after: "Now with a baby-weighing corner." },
      { field: `meeting:${meetingId}`, label: "Meeting", before: "Every Thursday, 6:30 pm – 8:00 pm · from 1 Jan 2026", after: "Every Saturday, 10:30 am – 12:00 pm · from 1 Jan 2026" },
    ]);

    expect(await approveRevision(db, actor(moderator), revision.id)).toMatchObject({ ok: true, mailed: true });
    const group = await getPublicGroup(db, slug);
    expect(group?.summary).toBe("Now with a baby-weighing corner.");
    expect(group?.meetings.map((m) => [m.id, m.weekday, m.startMinutes])).toEqual([[meetingId, "SA", 630]]);
    expect(await db.groupRevision.findUniqueOrThrow({ where: { id: revision.id }, select: { status: true, decidedAt: true } })).toMatchObject({ status: "APPROVED" });
    expect((await db.group.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("PUBLISHED");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { groupId: id, action: "EDIT_APPROVED" } });
    expect(audit).toMatchObject({ actorId: moderator.id, details: { revisionId: revision.id } });
    expect((await mailTo(owner.email)).some((m) => m.subject === "Your changes to Edited Circle are live")).toBe(true);
  });

  it("refuses to approve an edit that no longer passes the listing form's checks, changing nothing", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Broken Edit Circle" });
    const revision = await revisionOf(id, (v) => ({ ...v, summary: "Fine", meetings: [] }));
    const before = await snapshot();
    const published = await getPublicGroup(db, slug);
    expect(await approveRevision(db, actor(moderator), revision.id)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await snapshot()).toEqual(before);
    expect(await getPublicGroup(db, slug)).toEqual(published);
  });

  it("rejecting an edit leaves the public group exactly as it was", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Kept As It Was Circle" });
    const revision = await revisionOf(id, (v) => ({ ...v, name: "Buy Our Sleep Course", summary: "An advert." }));
    const before = await getPublicGroup(db, slug);
    expect(before?.name).toBe("Kept As It Was Circle");

    expect(await rejectRevision(db, actor(moderator), revision.id, "The new text advertises a course.")).toMatchObject({ ok: true });
    expect(await getPublicGroup(db, slug)).toEqual(before);
    expect(await db.groupRevision.findUniqueOrThrow({ where: { id: revision.id }, select: { status: true, moderatorMessage: true } })).toEqual({
      status: "REJECTED",
      moderatorMessage: "The new text advertises a course.",
    });
    expect(await db.auditEntry.findFirst({ where: { groupId: id, action: "EDIT_REJECTED" } })).toMatchObject({ reason: "The new text advertises a course." });
  });

  it("asking for changes to an edit keeps the published version and tells the organiser", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Waiting Edit Circle" });
    const revision = await revisionOf(id, (v) => ({ ...v, description: "New description without the address." }));
    const before = await getPublicGroup(db, slug);
    expect(await requestRevisionChanges(db, actor(moderator), revision.id, "")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await requestRevisionChanges(db, actor(moderator), revision.id, "Please keep the bus directions.")).toMatchObject({ ok: true });
    expect(await getPublicGroup(db, slug)).toEqual(before);
    expect(await db.groupRevision.findUniqueOrThrow({ where: { id: revision.id }, select: { status: true, moderatorMessage: true } })).toEqual({
      status: "CHANGES_REQUESTED",
      moderatorMessage: "Please keep the bus directions.",
    });
    const mail = (await mailTo(owner.email)).find((m) => m.subject === "Your changes to Waiting Edit Circle need another look");
    expect(mail?.text).toContain("Please keep the bus directions.");
    expect(await db.auditEntry.count({ where: { groupId: id, action: "EDIT_CHANGES_REQUESTED" } })).toBe(1);
  });
});

describe("listings nobody confirms", () => {
  it("hides a listing unconfirmed for 13 months, queues one unconfirmed for 7, and confirming brings it back", async () => {
    const now = new Date();
    const hidden = await listing({ status: "PUBLISHED", name: "Thirteen Months Circle", lastConfirmedAt: monthsBefore(now, 13) });
    const stale = await listing({ status: "PUBLISHED", name: "Seven Months Circle", lastConfirmedAt: monthsBefore(now, 7) });
    const fresh = await listing({ status: "PUBLISHED", name: "Fresh Circle", lastConfirmedAt: monthsBefore(now, 1) });

    const found = await slugsNearAkureyri();
    expect(found).not.toContain(hidden.slug);
    expect(found).toContain(stale.slug);
    expect(found).toContain(fresh.slug);
    expect(await getPublicGroup(db, hidden.slug)).toBeNull();
    expect(await getPublicGroup(db, stale.slug)).not.toBeNull();

    const queue = await listModerationQueue(db, actor(moderator), now);
    const staleItems = new Map(queue?.stale.items.map((item) => [item.id, item]));
    expect(staleItems.get(stale.id)).toMatchObject({ hidden: false });
    expect(staleItems.get(hidden.id)).toMatchObject({ hidden: true });
    expect(staleItems.has(fresh.id)).toBe(false);

    await db.group.update({ where: { id: hidden.id }, data: { lastConfirmedAt: now } });
    expect(await getPublicGroup(db, hidden.slug)).not.toBeNull();
    expect(await slugsNearAkureyri()).toContain(hidden.slug);
  });

  it("reminds the organisers of stale listings at most once every 30 days", async () => {
    const now = new Date();
    const { id } = await listing({ status: "PUBLISHED", name: "Reminder Circle", lastConfirmedAt: monthsBefore(now, 8) });
    const remindersFor = () => db.auditEntry.findMany({ where: { groupId: id, action: "REMINDER_SENT" }, select: { actorId: true, createdAt: true } });
    const mails = async () => (await mailTo(owner.email)).filter((m) => m.text.includes("Reminder Circle"));

    const first = await sendStaleReminders(db, now);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(await remindersFor()).toEqual([{ actorId: null, createdAt: now }]);
    expect(await mails()).toHaveLength(1);
    // Asking is not confirming: the listing stays stale until the organiser answers.
    expect(await db.auditEntry.count({ where: { groupId: id, action: "CONFIRMED" } })).toBe(0);
    expect((await db.group.findUniqueOrThrow({ where: { id } })).lastConfirmedAt).toEqual(monthsBefore(now, 8));

    await sendStaleReminders(db, new Date(now.getTime() + 10 * 86_400_000));
    expect(await mails()).toHaveLength(1);

    await sendStaleReminders(db, new Date(now.getTime() + 31 * 86_400_000));
    expect(await mails()).toHaveLength(2);
    expect(await remindersFor()).toHaveLength(2);
  });
});

describe("visitors' reports", () => {
  it("lands in the queue, rejects nonsense, ignores bots and stops after the limit per address", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Reported Circle" });
    const now = new Date();
    const address = "198.51.100.23";
    const reportsFor = () => db.report.count({ where: { groupId: id } });

    expect(await reportProblem(db, { slug, reason: "WRONG_TIME", details: "It moved to Wednesdays.", website_url: "" }, address, now)).toMatchObject({ status: "success" });
    expect(await reportsFor()).toBe(1);
    const queued = (await listModerationQueue(db, actor(moderator), now))?.reports.items.find((r) => r.group.id === id);
    expect(queued).toMatchObject({ reason: "WRONG_TIME", details: "It moved to Wednesdays." });

    const invalid = await reportProblem(db, { slug, reason: "NONSENSE", details: "x".repeat(1001) }, "198.51.100.99", now);
    expect(invalid.status).toBe("error");
    expect(Object.keys(invalid.errors).sort()).toEqual(["details", "reason"]);
    expect(await reportProblem(db, { slug, reason: "OTHER", website_url: "http://spam.example" }, "198.51.100.98", now)).toMatchObject({ status: "success" });
    expect(await reportsFor()).toBe(1);

    for (let i = 1; i < RATE_LIMITS.reportsPerAddress.limit; i++) {
      expect(await reportProblem(db, { slug, reason: "GROUP_ENDED" }, address, now)).toMatchObject({ status: "success" });
    }
    const refused = await reportProblem(db, { slug, reason: "GROUP_ENDED" }, address, now);
    expect(refused.status).toBe("error");
    expect(refused.message).toMatch(/^Forms\.tryAgainIn \{"minutes":\d+\}$/);
    expect(await reportsFor()).toBe(RATE_LIMITS.reportsPerAddress.limit);
  });

  it("keeps an XSS payload in the details as text, stored and shown exactly as typed", async () => {
    const { id, slug } = await listing({ status: "PUBLISHED", name: "Script Test Circle" });
    const payload = `<script>alert("x")</script><img src=x onerror="alert(1)"> & more`;
    await reportProblem(db, { slug, reason: "INAPPROPRIATE", details: payload }, "198.51.100.77");
    const stored = await db.report.findFirstOrThrow({ where: { groupId: id }, select: { details: true } });
    expect(stored.details).toBe(payload);

    const item = (await listModerationQueue(db, actor(moderator), new Date()))?.reports.items.find((r) => r.group.id === id);
    expect(item?.details).toBe(payload);
    const html = markupWithIntl(createElement(ReportList, { items: [item!], now: new Date() }));
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more");
    expect(html).not.toMatch(/<script|<img/);
  });
});

describe("contacting the organiser", () => {
  it("relays the message with Reply-To set to the visitor and never returns the organiser's address", async () => {
    const secret = "hidden-organiser-inbox@example.org";
    const { slug } = await listing({ status: "PUBLISHED", name: "Contact Me Circle", contactEmail: secret });
    const dir = path.join(os.tmpdir(), `village-moderation-smtp-${process.pid}`);
    const smtp = await startSmtpCapture(dir);
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtp.port}`);
    try {
      const now = new Date();
      const address = "192.0.2.44";
      const message = { name: "Sam Visitor", email: "sam.visitor@example.net", message: "Is there parking near the hall?", website_url: "" };
      const sent = await relayContactMessage(db, slug, message, address, now);
      expect(sent).toMatchObject({ status: "success" });
      expect(JSON.stringify(sent)).not.toContain(secret);

      const [mail, ...more] = readCapturedMail(dir);
      expect(more).toEqual([]);
      expect(mail?.to).toEqual([secret]);
      expect(mail?.replyTo).toBe("sam.visitor@example.net");
      expect(mail?.text).toContain("Is there parking near the hall?");
      expect(mail?.text).toContain("Sam Visitor");

      const invalid = await relayContactMessage(db, slug, { name: "", email: "not-an-email", message: "" }, address, now);
      expect(Object.keys(invalid.errors).sort()).toEqual(["email", "message", "name"]);
      expect(JSON.stringify(invalid)).not.toContain(secret);

      for (let i = 1; i < RATE_LIMITS.contactPerAddress.limit; i++) {
        expect((await relayContactMessage(db, slug, message, address, now)).status).toBe("success");
      }
      const refused = await relayContactMessage(db, slug, message, address, now);
      expect(refused.status).toBe("error");
      expect(refused.message).toMatch(/^Forms\.tryAgainIn \{"minutes":\d+\}$/);
      expect(JSON.stringify(refused)).not.toContain(secret);
      expect(readCapturedMail(dir)).toHaveLength(RATE_LIMITS.contactPerAddress.limit);
    } finally {
      vi.unstubAllEnvs();
      await smtp.close();
    }
  });

  it("falls back to the organiser's account email, and refuses hidden listings", async () => {
    const { slug } = await listing({ status: "PUBLISHED", name: "Account Email Circle", contactEmail: null });
    const message = { name: "Alex", email: "alex@example.net", message: "Can I bring my toddler too?" };
    expect(await relayContactMessage(db, slug, message, "192.0.2.50")).toMatchObject({ status: "success" });
    const mail = (await mailTo(owner.email)).find((m) => m.text.includes("Can I bring my toddler too?"));
    expect(mail?.subject).toBe("A message about Account Email Circle, from Village");

    const pending = await listing({ name: "Pending Contact Circle", contactEmail: "pending-contact@example.org" });
    const refused = await relayContactMessage(db, pending.slug, message, "192.0.2.51");
    expect(refused.status).toBe("error");
    expect(await mailTo("pending-contact@example.org")).toEqual([]);
  });
});
