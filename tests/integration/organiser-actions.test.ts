import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db/client";
import type { PrismaClient, Role } from "@/lib/db/generated/client";
import { formMessage } from "@/lib/forms/form-message";
import { formText } from "@/lib/forms/form-text";
import { getPublicGroup, toGroupDetail } from "@/lib/groups/get-group";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { CONFIRM_LINK_DAYS, checkConfirmationLink, confirmationToken, confirmByToken } from "@/lib/listings/confirm-by-token";
import type { ListingInput } from "@/lib/listings/form-input";
import { applyListingValues, listingSelect, toListingValues } from "@/lib/listings/listing-record";
import { listingSchema } from "@/lib/listings/listing-schema";
import { archiveListing, confirmStillRunning, submitListing, updateListing } from "@/lib/listings/manage-listing";
import { cancelMeetingDate, restoreMeetingDate } from "@/lib/listings/meeting-dates";
import { parseSnapshot } from "@/lib/listings/revision-snapshot";
import { approveRevision } from "@/lib/moderation/revision-decisions";
import { PLACE_NOT_FOUND } from "@/lib/listings/resolve-listing";
import { listOccurrences, toMeetingRule } from "@/lib/schedule";
import { createGroup } from "../factories/group-factory";

// Every listing here carries the marker word, found nowhere in the demo data, so a search
// for it can only find groups this file made.
const MARKER = "zephyrine";

let db: PrismaClient;
let owner: Actor;
let otherOrganiser: Actor;
let moderator: Actor;

async function makeUser(email: string, role: Role): Promise<{ id: string; role: Role }> {
  return db.user.upsert({ where: { email }, create: { email, role }, update: { role }, select: { id: true, role: true } });
}

// Names differ from run to run, so reruns on the same database never collide.
const RUN = Date.now().toString(36);
let counter = 0;
/** A complete listing as the form sends it: in person in Austin, weekly on Tuesdays. */
function formInput(overrides: ListingInput = {}): ListingInput & { name: string } {
  counter += 1;
  return {
    name: `Zephyrine Parents Circle ${RUN} ${counter}`,
    summary: "A relaxed weekly drop-in for new parents and babies.",
    description: `A ${MARKER} circle: tea, questions and the small wins of the week.`,
    audiences: ["ALL_NEW_PARENTS", "PARTNERS_DADS"],
    languages: ["en", "es"],
    isFree: true,
    registrationRequired: false,
    babiesWelcome: true,
    contactEmail: "zephyrine@example.org",
    format: "IN_PERSON",
    venueType: "LIBRARY",
    location: { venueName: "Zephyrine Library", addressLine1: "12 Mill Street", locality: "Austin", region: "TX", postalCode: "78704", countryCode: "US" },
    timeZone: "",
    meetings: [{ frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" }],
    ...overrides,
  };
}

/** A group of `owner`'s, published unless told otherwise, made by the shared factory. */
async function publishedGroup(status: "PUBLISHED" | "PENDING" | "CHANGES_REQUESTED" = "PUBLISHED") {
  counter += 1;
  return createGroup(db, {
    name: `Zephyrine Morning Group ${RUN} ${counter}`,
    description: `A ${MARKER} morning group.`,
    status,
    organiserId: owner!.id,
    contactEmail: "morning@example.org",
    lastConfirmedAt: new Date(Date.now() - 40 * 86_400_000),
  });
}

/** Everything an action could change about a group, to prove a refused one changed nothing. */
async function snapshot(groupId: string) {
  const [group, revisions, audit, cancellations] = await Promise.all([
    db.group.findUniqueOrThrow({ where: { id: groupId }, select: { ...listingSelect, status: true, lastConfirmedAt: true, updatedAt: true, moderatorMessage: true } }),
    db.groupRevision.findMany({ where: { groupId }, orderBy: { id: "asc" } }),
    db.auditEntry.count({ where: { groupId } }),
    db.meetingCancellation.count({ where: { meeting: { groupId } } }),
  ]);
  return { group, revisions, audit, cancellations };
}

async function firstMeeting(groupId: string) {
  return db.meeting.findFirstOrThrow({ where: { groupId }, include: { cancellations: true } });
}

/** The meeting's next dates from the database, as the public pages compute them. */
async function nextDates(groupId: string, count = 3): Promise<string[]> {
  const rule = toMeetingRule(await firstMeeting(groupId));
  return listOccurrences(rule, { from: new Date(), until: new Date(Date.now() + 120 * 86_400_000), limit: count }).map((o) => o.localDate);
}

beforeAll(async () => {
  db = await getDb();
  // New people each run: submissions count against a per-person limit kept in the database.
  owner = await makeUser(`organiser-actions.owner.${RUN}@example.org`, "ORGANISER");
  otherOrganiser = await makeUser(`organiser-actions.other.${RUN}@example.org`, "ORGANISER");
  moderator = await makeUser(`organiser-actions.moderator.${RUN}@example.org`, "MODERATOR");
});

describe("submitListing", () => {
  it("creates a listing waiting for review, with its venue resolved, and keeps it out of search", async () => {
    const input = formInput();
    const result = await submitListing(db, owner, input);
    if (!result.ok || !result.group) throw new Error(`expected a new listing, got ${JSON.stringify(result)}`);

    const group = await db.group.findUniqueOrThrow({ where: { id: result.group.id }, select: { ...listingSelect, id: true, status: true, slug: true, organiserId: true, searchText: true } });
    expect(group).toMatchObject({ status: "PENDING", organiserId: owner!.id, name: input.name, timeZone: "America/Chicago", venueType: "LIBRARY" });
    expect(group.slug).toBe(`zephyrine-parents-circle-${RUN}-${counter}-austin`);
    expect(group.location?.lat).toBeCloseTo(30.24, 1);
    expect(group.location?.lng).toBeCloseTo(-97.77, 1);
    expect(group.languages.map((l) => l.code)).toEqual(["en", "es"]);
    expect(group.meetings).toHaveLength(1);
    expect(group.meetings[0]).toMatchObject({ frequency: "WEEKLY", weekday: "TU", startMinutes: 600, durationMinutes: 90 });
    expect(group.searchText).toContain(MARKER);
    expect(await db.auditEntry.count({ where: { groupId: group.id, action: "SUBMITTED", actorId: owner!.id } })).toBe(1);

    const { filters, problems } = parseSearchParams(new URLSearchParams(`q=${MARKER}`));
    const search = await runSearch(db, filters, problems);
    expect(search.results.map((r) => r.name)).not.toContain(input.name);
    expect(await getPublicGroup(db, group.slug)).toBeNull();
  });

  it("stores what toListingValues reads back, so the edit form shows what was sent", async () => {
    const input = formInput({ parkingAndTransit: "Park on Mill Street; bus 3 stops outside.", meetings: [{ frequency: "MONTHLY_NTH", nthWeek: "2", weekday: "TH", startTime: "18:30", durationMinutes: "60", startDate: "2026-02-12" }] });
    const result = await submitListing(db, owner, input);
    if (!result.ok || !result.group) throw new Error("expected a new listing");
    const stored = toListingValues(await db.group.findUniqueOrThrow({ where: { id: result.group.id }, select: listingSelect }));
    const sent = listingSchema.parse(input);
    const storedMeetingIds = stored.meetings.map((m) => m.id);
    expect(storedMeetingIds).toEqual([expect.any(String)]);
    expect(stored).toEqual({
      ...sent,
      timeZone: "America/Chicago",
      location: { ...sent.location!, lat: stored.location!.lat, lng: stored.location!.lng },
      meetings: sent.meetings.map((m, i) => ({ ...m, id: storedMeetingIds[i] })),
    });
    expect(stored.parkingAndTransit).toBe("Park on Mill Street; bus 3 stops outside.");
  });

  it("says next to the town when the gazetteer doesn't know it, and writes nothing", async () => {
    const input = formInput({ location: { venueName: "Hall", addressLine1: "1 Road", locality: "Qwxzyville", countryCode: "US" } });
    const result = await submitListing(db, owner, input);
    expect(result).toMatchObject({ ok: false, errors: { "location.locality": [PLACE_NOT_FOUND] } });
    expect(await db.group.count({ where: { name: input.name } })).toBe(0);
  });

  it("says what to fix, field by field, and writes nothing", async () => {
    const input = formInput({ name: "", websiteUrl: "javascript:alert(1)", description: "Kept exactly as typed.\n\nTwo paragraphs." });
    const result = await submitListing(db, owner, input);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors).toMatchObject({ name: [formMessage("Validation.giveName")], websiteUrl: [formMessage("Validation.webLink")] });
    expect(formText("en", result.message)).toBe("Please fix the 2 problems below.");
  });

  it("stores markup as plain text: escaping is the page's job", async () => {
    const name = `<script>alert(1)</script> ${MARKER} circle`;
    const description = `<img src=x onerror="alert(1)"> and <b>bold</b> ${MARKER}`;
    const result = await submitListing(db, owner, formInput({ name, description }));
    if (!result.ok || !result.group) throw new Error("expected a new listing");
    const group = await db.group.findUniqueOrThrow({ where: { id: result.group.id }, select: { name: true, description: true, slug: true } });
    expect(group).toMatchObject({ name, description });
    expect(group.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it("pretends to accept a filled honeypot and writes nothing", async () => {
    const before = await Promise.all([db.group.count(), db.auditEntry.count(), db.rateLimitHit.count()]);
    const result = await submitListing(db, owner, { ...formInput(), website_url: "http://spam.example" });
    expect(result).toEqual({ ok: true, group: null });
    expect(await Promise.all([db.group.count(), db.auditEntry.count(), db.rateLimitHit.count()])).toEqual(before);
  });

  it("refuses visitors who are not signed in", async () => {
    const input = formInput();
    expect(await submitListing(db, null, input)).toMatchObject({ ok: false, message: formMessage("Listing.signInToList") });
    expect(await db.group.count({ where: { name: input.name } })).toBe(0);
  });

  it("refuses the 11th submission within the hour, saying when to try again", async () => {
    const busy = await makeUser(`organiser-actions.busy.${RUN}@example.org`, "ORGANISER");
    const now = new Date("2026-11-27T10:20:00Z");
    for (let i = 0; i < 10; i++) expect((await submitListing(db, busy, formInput(), now)).ok).toBe(true);
    const input = formInput();
    const refused = await submitListing(db, busy, input, now);
    if (refused.ok) throw new Error("expected the limit to refuse it");
    expect(formText("en", refused.message)).toMatch(/try again in 40 minutes/);
    expect(await db.group.count({ where: { name: input.name } })).toBe(0);
    // The next hour starts afresh.
    expect((await submitListing(db, busy, formInput(), new Date("2026-11-27T11:00:00Z"))).ok).toBe(true);
  });
});

describe("who may change a listing", () => {
  it("refuses anonymous visitors and other organisers, and nothing changes", async () => {
    const { id } = await publishedGroup();
    const meeting = await firstMeeting(id);
    const [date] = await nextDates(id);
    await cancelMeetingDate(db, owner, meeting.id, (await nextDates(id, 2))[1]!, "Already cancelled");
    const cancelledDate = (await firstMeeting(id)).cancellations[0]!.date.toISOString().slice(0, 10);
    const before = await snapshot(id);

    for (const intruder of [null, otherOrganiser]) {
      const results = [
        await updateListing(db, intruder, id, formInput({ name: "Taken over" })),
        await archiveListing(db, intruder, id),
        await cancelMeetingDate(db, intruder, meeting.id, date!, "Not yours"),
        await restoreMeetingDate(db, intruder, meeting.id, cancelledDate),
        await confirmStillRunning(db, intruder, id),
      ];
      for (const result of results) expect(result.ok).toBe(false);
      expect(results[0]).toMatchObject({ message: intruder ? "Organiser.notYours" : "Organiser.signInFirst" });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("lets a moderator manage any listing", async () => {
    const { id } = await publishedGroup();
    const meeting = await firstMeeting(id);
    const [date] = await nextDates(id);
    expect((await confirmStillRunning(db, moderator, id)).ok).toBe(true);
    expect((await cancelMeetingDate(db, moderator, meeting.id, date!)).ok).toBe(true);
    expect(await updateListing(db, moderator, id, formInput())).toMatchObject({ ok: true, review: "revision" });
    expect((await archiveListing(db, moderator, id)).ok).toBe(true);
    expect(await db.auditEntry.count({ where: { groupId: id, actorId: moderator!.id } })).toBe(4);
  });
});

describe("changing one date", () => {
  it("marks the listing as modified, so feeds asking what changed since see it", async () => {
    const { id } = await publishedGroup();
    const meeting = await firstMeeting(id);
    const [date] = await nextDates(id);
    const cancelledAt = new Date(Date.now() + 60_000);
    expect((await cancelMeetingDate(db, owner, meeting.id, date!, "Room closed", cancelledAt)).ok).toBe(true);
    expect((await db.group.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(cancelledAt);
    const restoredAt = new Date(Date.now() + 120_000);
    expect((await restoreMeetingDate(db, owner, meeting.id, date!, restoredAt)).ok).toBe(true);
    expect((await db.group.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(restoredAt);
  });
});

describe("updateListing", () => {
  it("keeps a published listing as it is and files the edit for review; a second edit replaces the first", async () => {
    const { id, slug } = await publishedGroup();
    const oldName = (await db.group.findUniqueOrThrow({ where: { id } })).name;
    const before = await snapshot(id);

    const first = await updateListing(db, owner, id, formInput({ name: "Zephyrine Renamed Once" }));
    expect(first).toEqual({ ok: true, groupId: id, review: "revision" });
    const public1 = await getPublicGroup(db, slug);
    expect(public1?.name).toBe(oldName);
    expect((await snapshot(id)).group).toEqual(before.group);

    const second = await updateListing(db, owner, id, formInput({ name: "Zephyrine Renamed Twice" }));
    expect(second).toMatchObject({ ok: true, review: "revision" });
    const revisions = await db.groupRevision.findMany({ where: { groupId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "PENDING", createdById: owner!.id });
    const snapshot2 = parseSnapshot(revisions[0]!.data);
    if (!snapshot2.ok) throw new Error("expected a readable revision");
    const proposed = snapshot2.values;
    expect(snapshot2.version).toBe(2);
    expect(proposed.name).toBe("Zephyrine Renamed Twice");
    // Ready to apply as it is: the moderator's approval writes it without looking anything up.
    expect(proposed.timeZone).toBe("America/Chicago");
    expect(proposed.location?.lat).toBeCloseTo(30.24, 1);
    expect((await getPublicGroup(db, slug))?.name).toBe(oldName);
    expect(await db.auditEntry.count({ where: { groupId: id, action: "EDITED" } })).toBe(2);

    // What approval does (lib/moderation): the values apply cleanly onto the live listing.
    await db.$transaction((tx) => applyListingValues(tx, id, proposed));
    expect((await getPublicGroup(db, slug))?.name).toBe("Zephyrine Renamed Twice");
  });

  it("changes a listing waiting for review in place", async () => {
    const { id } = await publishedGroup("PENDING");
    const meetingId = (await firstMeeting(id)).id;
    const meetings = [{ id: meetingId, frequency: "WEEKLY", weekday: "TU", startTime: "10:00", durationMinutes: "90", startDate: "2026-01-06" }];
    const result = await updateListing(db, owner, id, formInput({ name: "Zephyrine Pending Renamed", format: "HYBRID", onlineJoinUrl: "https://meet.example.org/z", meetings }));
    expect(result).toEqual({ ok: true, groupId: id, review: "listing" });
    const group = await db.group.findUniqueOrThrow({ where: { id }, select: { name: true, status: true, format: true, onlineJoinUrl: true, location: { select: { locality: true } } } });
    expect(group).toEqual({ name: "Zephyrine Pending Renamed", status: "PENDING", format: "HYBRID", onlineJoinUrl: "https://meet.example.org/z", location: { locality: "Austin" } });
    expect(await db.groupRevision.count({ where: { groupId: id } })).toBe(0);
    // The meeting row is kept: its id is the event's UID in subscribers' calendars.
    expect((await db.meeting.findMany({ where: { groupId: id }, select: { id: true } })).map((m) => m.id)).toEqual([meetingId]);
  });

  it("adds and removes meetings by id, keeping the rows that stay and their cancelled dates", async () => {
    const { id } = await publishedGroup("PENDING");
    const meetingId = (await firstMeeting(id)).id;
    const [next] = await nextDates(id, 1);
    await cancelMeetingDate(db, owner, meetingId, next!, "Library closed");
    const evening = { frequency: "MONTHLY_LAST", weekday: "FR", startTime: "19:00", durationMinutes: "60", startDate: "2026-01-30" };
    const weekly = { id: meetingId, frequency: "WEEKLY", weekday: "TU", startTime: "10:30", durationMinutes: "90", startDate: "2026-01-06" };
    // The new meeting comes first in the form: matching is by id, never by position.
    await updateListing(db, owner, id, formInput({ meetings: [evening, weekly] }));
    const two = await db.meeting.findMany({ where: { groupId: id }, orderBy: { id: "asc" }, include: { cancellations: true } });
    expect(two.map((m) => [m.id === meetingId, m.frequency, m.startMinutes, m.cancellations.length])).toEqual([
      [true, "WEEKLY", 630, 1],
      [false, "MONTHLY_LAST", 1140, 0],
    ]);
    await updateListing(db, owner, id, formInput({ meetings: [{ ...evening, id: two[1]!.id }] }));
    expect(await db.meeting.findMany({ where: { groupId: id }, select: { id: true } })).toEqual([{ id: two[1]!.id }]);
    expect(await db.meetingCancellation.count({ where: { meetingId } })).toBe(0);
  });

  it("never lets a meeting id from the form reach another listing's meeting", async () => {
    const mine = await publishedGroup("PENDING");
    const theirs = await createGroup(db, { name: `Zephyrine Other ${RUN} ${++counter}`, status: "PENDING", organiserId: otherOrganiser!.id });
    const theirMeeting = await firstMeeting(theirs.id);
    const meetings = [{ id: theirMeeting.id, frequency: "WEEKLY", weekday: "SA", startTime: "08:00", durationMinutes: "30", startDate: "2026-01-03" }];
    expect((await updateListing(db, owner, mine.id, formInput({ meetings }))).ok).toBe(true);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: theirMeeting.id }, include: { cancellations: true } })).toEqual(theirMeeting);
    const own = await db.meeting.findMany({ where: { groupId: mine.id } });
    expect(own.map((m) => [m.id === theirMeeting.id, m.weekday])).toEqual([[false, "SA"]]);
  });

  it("sends a listing back for review after the changes a moderator asked for", async () => {
    const { id } = await publishedGroup("CHANGES_REQUESTED");
    await db.group.update({ where: { id }, data: { moderatorMessage: "Please add the street address." } });
    expect((await updateListing(db, owner, id, formInput({ format: "ONLINE", timeZone: "Europe/London", onlineJoinUrl: "https://meet.example.org/x" }))).ok).toBe(true);
    const group = await db.group.findUniqueOrThrow({ where: { id }, select: { status: true, moderatorMessage: true, timeZone: true, location: true, meetings: { select: { timeZone: true } } } });
    expect(group).toEqual({ status: "PENDING", moderatorMessage: null, timeZone: "Europe/London", location: null, meetings: [{ timeZone: "Europe/London" }] });
  });

  it("refuses to change an archived listing", async () => {
    const { id } = await publishedGroup();
    await archiveListing(db, owner, id);
    const before = await snapshot(id);
    expect(await updateListing(db, owner, id, formInput())).toMatchObject({ ok: false, message: "Organiser.archivedUnchangeable" });
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("archiveListing", () => {
  it("takes the listing out of the directory and withdraws a waiting edit", async () => {
    const { id, slug } = await publishedGroup();
    await updateListing(db, owner, id, formInput());
    expect(await archiveListing(db, owner, id)).toEqual({ ok: true, groupId: id, slug });
    expect(await getPublicGroup(db, slug)).toBeNull();
    expect((await db.groupRevision.findFirstOrThrow({ where: { groupId: id } })).status).toBe("WITHDRAWN");
    expect(await db.auditEntry.count({ where: { groupId: id, action: "ARCHIVED", actorId: owner!.id } })).toBe(1);
  });
});

describe("cancelling a date", () => {
  it("takes the date out of the schedule and the public next meeting at once, and can be undone", async () => {
    const { id, slug } = await publishedGroup();
    const meeting = await firstMeeting(id);
    const [next, following] = await nextDates(id, 2);

    expect(await cancelMeetingDate(db, owner, meeting.id, next!, "Library closed")).toEqual({ ok: true, groupId: id, slug });
    expect((await nextDates(id, 1))[0]).toBe(following);
    const detail = toGroupDetail((await getPublicGroup(db, slug))!, new Date());
    expect(detail.nextMeeting?.start).toBe(listOccurrences(toMeetingRule(await firstMeeting(id)), { from: new Date(), until: new Date(Date.now() + 30 * 86_400_000), limit: 1 })[0]?.start.toISOString());
    expect(detail.upcoming.find((u) => u.cancelled)).toMatchObject({ reason: "Library closed" });
    expect(await db.auditEntry.count({ where: { groupId: id, action: "EDITED", actorId: owner!.id } })).toBe(1);

    expect((await restoreMeetingDate(db, owner, meeting.id, next!)).ok).toBe(true);
    expect((await nextDates(id, 1))[0]).toBe(next);
  });

  it("refuses a date the group doesn't meet on", async () => {
    const { id } = await publishedGroup();
    const meeting = await firstMeeting(id);
    const [next] = await nextDates(id, 1);
    const dayAfter = new Date(new Date(`${next}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(await cancelMeetingDate(db, owner, meeting.id, dayAfter)).toMatchObject({ ok: false, errors: { date: ["The group doesn't meet on that date."] } });
    expect(await db.meetingCancellation.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("survives an edit waiting for review that moves the meeting's time, once a moderator approves it", async () => {
    const { id, slug } = await publishedGroup();
    const meeting = await firstMeeting(id);
    // The edit form carries the meeting's id; the edit moves 10:00 to 10:30.
    const edit = await updateListing(db, owner, id, formInput({ meetings: [{ id: meeting.id, frequency: "WEEKLY", weekday: "TU", startTime: "10:30", durationMinutes: "90", startDate: "2026-01-06" }] }));
    expect(edit).toMatchObject({ ok: true, review: "revision" });
    const [next] = await nextDates(id, 1);
    expect((await cancelMeetingDate(db, owner, meeting.id, next!, "Snow")).ok).toBe(true);

    const revision = await db.groupRevision.findFirstOrThrow({ where: { groupId: id, status: "PENDING" } });
    expect((await approveRevision(db, moderator, revision.id)).ok).toBe(true);
    const after = await firstMeeting(id);
    expect(after.id).toBe(meeting.id);
    expect(after.startMinutes).toBe(630);
    expect(after.cancellations.map((c) => [c.date.toISOString().slice(0, 10), c.reason])).toEqual([[next, "Snow"]]);
    const detail = toGroupDetail((await getPublicGroup(db, slug))!, new Date());
    expect(detail.upcoming.find((u) => u.cancelled)).toMatchObject({ reason: "Snow" });
  });
});

describe("still running", () => {
  it("stamps the listing as confirmed from the dashboard", async () => {
    const { id } = await publishedGroup();
    const now = new Date();
    expect(await confirmStillRunning(db, owner, id, now)).toMatchObject({ ok: true, confirmedAt: now });
    expect((await db.group.findUniqueOrThrow({ where: { id } })).lastConfirmedAt).toEqual(now);
    expect(await db.auditEntry.count({ where: { groupId: id, action: "CONFIRMED", actorId: owner!.id } })).toBe(1);
  });

  it("confirms from the emailed link only with the right token", async () => {
    const { id } = await publishedGroup();
    const secret = await resolveAuthSecret(db);
    const before = await snapshot(id);
    for (const token of ["", "wrong", confirmationToken(id, `${secret}x`), confirmationToken(`${id}x`, secret)]) {
      expect((await confirmByToken(db, id, token)).ok).toBe(false);
    }
    expect(await snapshot(id)).toEqual(before);

    const now = new Date();
    expect(await confirmByToken(db, id, confirmationToken(id, secret), now)).toMatchObject({ ok: true, groupId: id, confirmedAt: now });
    expect((await db.group.findUniqueOrThrow({ where: { id } })).lastConfirmedAt).toEqual(now);
    expect(await db.auditEntry.findFirst({ where: { groupId: id, action: "CONFIRMED" }, select: { actorId: true, details: true } })).toEqual({ actorId: owner!.id, details: { via: "email-link" } });
  });

  it("opening the emailed link only asks: nothing changes until the button is pressed", async () => {
    const { id } = await publishedGroup();
    const secret = await resolveAuthSecret(db);
    const before = await snapshot(id);
    const opened = await checkConfirmationLink(db, id, confirmationToken(id, secret));
    expect(opened).toMatchObject({ ok: true, published: true });
    expect(await snapshot(id)).toEqual(before);
    expect(await db.auditEntry.count({ where: { groupId: id, action: "CONFIRMED" } })).toBe(0);
    expect(await checkConfirmationLink(db, id, "wrong")).toMatchObject({ ok: false, message: "Organiser.linkBroken" });
  });

  it("refuses a link past its expiry, or one whose expiry was changed", async () => {
    const { id } = await publishedGroup();
    const secret = await resolveAuthSecret(db);
    const sent = new Date("2026-03-01T12:00:00Z");
    const token = confirmationToken(id, secret, sent);
    const before = await snapshot(id);

    const expired = await confirmByToken(db, id, token, new Date(sent.getTime() + (CONFIRM_LINK_DAYS + 1) * 24 * 3600 * 1000));
    expect(expired).toMatchObject({ ok: false, message: formMessage("Organiser.linkExpired", { days: CONFIRM_LINK_DAYS }) });
    // Moving the expiry date forward breaks the signature.
    const [expiry, mac] = token.split(".");
    const stretched = `${(Number.parseInt(expiry!, 36) + 100).toString(36)}.${mac}`;
    expect(await confirmByToken(db, id, stretched, new Date(sent.getTime() + 60 * 24 * 3600 * 1000))).toMatchObject({ ok: false, message: "Organiser.linkBroken" });
    expect(await snapshot(id)).toEqual(before);

    const lastDay = new Date(sent.getTime() + (CONFIRM_LINK_DAYS - 1) * 24 * 3600 * 1000);
    expect(await confirmByToken(db, id, token, lastDay)).toMatchObject({ ok: true, confirmedAt: lastDay });
  });
});
