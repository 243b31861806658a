import { createElement } from "react";
import { markupWithIntl } from "../helpers/render-with-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as calendarFeed } from "@/app/[locale]/(site)/groups/[slug]/calendar.ics/route";
import { GET as nextMeetingFeed } from "@/app/[locale]/(site)/groups/[slug]/next.ics/route";
import { GET as groupJson } from "@/app/api/groups/[slug]/route";
import { GET as searchJson } from "@/app/api/groups/route";
import { ReportList } from "@/components/moderation/report-list";
import { getDb } from "@/lib/db/client";
import { openMeetingGuideFeed } from "@/lib/feeds/meeting-guide/feed-stream";
import { Prisma, type ListingStatus, type PrismaClient } from "@/lib/db/generated/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { listLanguagesInUse } from "@/lib/groups/languages";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { interpretText } from "@/lib/groups/text-query";
import { hiddenBefore, isPublicListing, monthsBefore, publicListingSql, publicListingWhere } from "@/lib/listings/lifecycle";
import { listMyListings } from "@/lib/listings/organiser-listings";
import { canContactOrganiser, relayContactMessage } from "@/lib/contact/relay-contact-message";
import { listModerationQueue } from "@/lib/moderation/queue";
import { reportProblem } from "@/lib/moderation/report-problem";
import { listPublicGroupsForSitemap } from "@/lib/seo/sitemap-groups";
import { createGroup } from "../factories/group-factory";

// One published listing nobody has confirmed for 13 months, in Longyearbyen (Svalbard), where
// no other group meets, in a language no other group uses, with a word no other group has.
// Every public read must treat it as if it did not exist.
const MARKER = "svalbardbreen";
const TOWN = { lat: 78.2232, lng: 15.6267 };
const LANGUAGE = { code: "se", name: "Northern Sami" };
const origin = "http://village.test";

let db: PrismaClient;
let stale: { id: string; slug: string };
let organiser: { id: string; role: "ORGANISER" | "MODERATOR" };
let moderator: { id: string; role: "ORGANISER" | "MODERATOR" };
const now = new Date();

const route = (handler: (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response>, path: string) =>
  handler(new Request(`${origin}${path}`), { params: Promise.resolve({ slug: stale.slug }) });

const feedUrls = async (at: Date) => (JSON.parse(await new Response(await openMeetingGuideFeed(db, { origin, now: at })).text()) as { url: string }[]).map((r) => r.url);

async function searchNames(query: string) {
  const { filters, problems } = parseSearchParams(new URLSearchParams(query));
  return (await runSearch(db, filters, problems)).results.map((r) => r.slug);
}

beforeAll(async () => {
  db = await getDb();
  await db.language.upsert({ where: { code: LANGUAGE.code }, create: LANGUAGE, update: {} });
  organiser = await db.user.upsert({ where: { email: "svalbard.organiser@example.org" }, create: { email: "svalbard.organiser@example.org", role: "ORGANISER" }, update: {}, select: { id: true, role: true } });
  moderator = await db.user.upsert({ where: { email: "svalbard.moderator@example.org" }, create: { email: "svalbard.moderator@example.org", role: "MODERATOR" }, update: {}, select: { id: true, role: true } });
  stale = await createGroup(db, {
    name: "Longyearbyen Polar Night Parents",
    description: `A ${MARKER} meet-up for parents through the polar night.`,
    status: "PUBLISHED",
    lastConfirmedAt: monthsBefore(now, 13),
    organiserId: organiser.id,
    contactEmail: "polar-night@example.org",
    languages: [LANGUAGE.code],
    timeZone: "Arctic/Longyearbyen",
    location: { venueName: "Polar Hall", addressLine1: "Vei 1", locality: "Longyearbyen", countryCode: "SJ", ...TOWN },
  });
});

describe("a published listing unconfirmed for 13 months", () => {
  it("does not offer its language in the search filters", async () => {
    expect((await listLanguagesInUse(db, now)).map((l) => l.code)).not.toContain(LANGUAGE.code);
  });

  it("is not in search, the search API, the sitemap, the Meeting Guide feed or the spelling corrections", async () => {
    expect(await searchNames(`q=${MARKER}`)).not.toContain(stale.slug);
    expect(await searchNames(`lat=${TOWN.lat}&lng=${TOWN.lng}&radius=50&unit=km`)).not.toContain(stale.slug);
    const api = await (await searchJson(new Request(`${origin}/api/groups?q=${MARKER}`))).json();
    expect(api.results.map((r: { slug: string }) => r.slug)).not.toContain(stale.slug);
    expect((await listPublicGroupsForSitemap(now)).map((g) => g.slug)).not.toContain(stale.slug);
    expect(await feedUrls(now)).not.toContain(`${origin}/groups/${stale.slug}`);
    const typo = `${MARKER.slice(0, -2)}em`;
    expect((await interpretText(db, typo, now))?.words).toEqual([typo]);
  });

  it("has no page, no JSON and no calendar feeds", async () => {
    expect(await getPublicGroup(db, stale.slug, now)).toBeNull();
    expect((await route(groupJson, `/api/groups/${stale.slug}`)).status).toBe(404);
    expect((await route(calendarFeed, `/groups/${stale.slug}/calendar.ics`)).status).toBe(404);
    expect((await route(nextMeetingFeed, `/groups/${stale.slug}/next.ics`)).status).toBe(404);
  });

  it("takes no reports or messages from visitors", async () => {
    const report = await reportProblem(db, { slug: stale.slug, reason: "WRONG_TIME", details: "" }, "198.51.100.70", now);
    expect(report.status).toBe("error");
    expect(await canContactOrganiser(db, stale.slug, now)).toBe(false);
    const message = await relayContactMessage(db, stale.slug, { name: "Ana", email: "ana@example.org", message: "Do you still meet in winter?" }, "198.51.100.71", now);
    expect(message.status).toBe("error");
  });

  it("is shown to its organiser and to moderators as not public, with no link to a page that does not exist", async () => {
    const mine = (await listMyListings(db, organiser, now)).find((l) => l.id === stale.id);
    expect(mine).toMatchObject({ status: "PUBLISHED", isPublic: false });

    // A report sent while the listing was still public.
    await db.report.create({ data: { groupId: stale.id, reason: "GROUP_ENDED", details: "Nobody came in March." } });
    const queue = await listModerationQueue(db, moderator, now);
    const reports = queue?.reports.items.filter((r) => r.group.id === stale.id) ?? [];
    expect(reports.map((r) => r.group.isPublic)).toEqual([false]);
    const html = markupWithIntl(createElement(ReportList, { items: reports, now }));
    expect(html).not.toContain(`href="/groups/${stale.slug}"`);
    expect(html).toContain("Not public");
  });

  it("comes back everywhere once confirmed", async () => {
    const later = new Date(now.getTime() + 1000);
    await db.group.update({ where: { id: stale.id }, data: { lastConfirmedAt: later } });
    expect((await listLanguagesInUse(db, later)).map((l) => l.code)).toContain(LANGUAGE.code);
    expect(await getPublicGroup(db, stale.slug, later)).not.toBeNull();
    expect((await listPublicGroupsForSitemap(later)).map((g) => g.slug)).toContain(stale.slug);
    expect(await feedUrls(later)).toContain(`${origin}/groups/${stale.slug}`);
    expect((await interpretText(db, `${MARKER.slice(0, -2)}em`, later))?.words).toEqual([MARKER]);
  });
});

describe("the public rule", () => {
  it("gives the same answer as a Prisma filter, as SQL and in JavaScript, up to the millisecond", async () => {
    const at = new Date(Math.floor(now.getTime() / 1000) * 1000 + 123);
    const cutoff = hiddenBefore(at);
    const cases: { status: ListingStatus; lastConfirmedAt: Date }[] = [
      { status: "PUBLISHED", lastConfirmedAt: cutoff },
      { status: "PUBLISHED", lastConfirmedAt: new Date(cutoff.getTime() + 1) },
      { status: "PUBLISHED", lastConfirmedAt: new Date(cutoff.getTime() - 1) },
      { status: "PUBLISHED", lastConfirmedAt: at },
      ...(["PENDING", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const).map((status) => ({ status, lastConfirmedAt: at })),
    ];
    const ids: string[] = [];
    for (const [i, c] of cases.entries()) {
      ids.push((await createGroup(db, { name: `Rule Check Circle ${i}`, format: "ONLINE", location: null, ...c })).id);
    }
    const expected = ids.filter((_, i) => isPublicListing(cases[i]!, at)).sort();
    expect(expected).toHaveLength(2);
    const viaPrisma = await db.group.findMany({ where: { id: { in: ids }, ...publicListingWhere(at) }, select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT g."id" FROM "Group" g WHERE g."id" IN (${Prisma.join(ids)}) AND ${publicListingSql("g", at)}`,
    );
    expect(viaPrisma.map((g) => g.id).sort()).toEqual(expected);
    expect(viaSql.map((g) => g.id).sort()).toEqual(expected);
  });
});
