import type { PrismaClient } from "@/lib/db/generated/client";
import { ensureLanguages } from "./languages";
import { createSeedListing, type ListingSeed } from "./seed-listing";
import { demoCities } from "./demo-cities";
import { generateCityGroups } from "./demo-generate";
import { generateOnlineGroups, onlineShowcase } from "./demo-online-groups";
import { resolveMeeting } from "./demo-schedule";
import { austinShowcase, leedsShowcase } from "./demo-showcase";
import type { DemoGroup, OrganiserKey } from "./demo-types";
import { unpublishedDemoGroups } from "./demo-unpublished";
import { demoUsers } from "./demo-users";
import { createRng } from "./prng";

export { unpublishedMarkerWords } from "./demo-unpublished";

const DEMO_SEED = 20_261_127;
const GENERATED_ONLINE = 10;
const DAY = 86_400_000;

/** Every demo listing, relative to the seed date. The same list on every run and every machine. */
export function buildDemoGroups(): DemoGroup[] {
  const rng = createRng(DEMO_SEED);
  const handWritten = [...austinShowcase, ...leedsShowcase, ...onlineShowcase, ...unpublishedDemoGroups];
  const used = new Set<string>();
  for (const group of handWritten) {
    if (used.has(group.slug)) throw new Error(`Duplicate demo slug ${group.slug}`);
    used.add(group.slug);
  }
  const generated = demoCities.flatMap((city) => generateCityGroups(city, rng, used));
  const online = generateOnlineGroups(GENERATED_ONLINE, rng, used);
  return [...austinShowcase, ...leedsShowcase, ...generated, ...onlineShowcase, ...online, ...unpublishedDemoGroups];
}

/** A stable small number from a slug, to spread dates without another random stream. */
function slugHash(slug: string): number {
  let h = 0;
  for (const ch of slug) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** Turns a demo listing into factory overrides with absolute dates. */
export function resolveDemoGroup(group: DemoGroup, now: Date, organiserIds: Partial<Record<OrganiserKey, string>> = {}): ListingSeed {
  const { meetings, confirmedDaysAgo, organiser, area: _area, ...fields } = group;
  const hash = slugHash(group.slug);
  const lastConfirmedAt = new Date(now.getTime() - confirmedDaysAgo * DAY - (hash % 10) * 3_600_000);
  const status = fields.status ?? "PUBLISHED";
  const listedAt = new Date(lastConfirmedAt.getTime() - (20 + (hash % 300)) * DAY);
  const everPublished = status === "PUBLISHED" || status === "ARCHIVED";
  return {
    ...fields,
    status,
    lastConfirmedAt,
    publishedAt: everPublished ? listedAt : null,
    createdAt: everPublished ? new Date(listedAt.getTime() - 2 * DAY) : lastConfirmedAt,
    organiserId: organiser ? (organiserIds[organiser] ?? null) : null,
    meetings: meetings.map((m) => resolveMeeting(m, now)),
  };
}

export type SeedProgress = (message: string) => void;
export type SeedDemoResult = { created: number; existing: number; skipped: boolean };

/**
 * Loads the demo users and listings. Idempotent: listings whose slug already exists are left
 * alone, so a second run creates nothing (and a run cut short is completed by the next).
 */
export async function seedDemoData(db: PrismaClient, options: { now?: Date; onProgress?: SeedProgress } = {}): Promise<SeedDemoResult> {
  const now = options.now ?? new Date();
  const log = options.onProgress ?? (() => {});
  await ensureLanguages(db);
  const groups = buildDemoGroups();
  const existingSlugs = new Set(
    (await db.group.findMany({ where: { slug: { in: groups.map((g) => g.slug) } }, select: { slug: true } })).map((g) => g.slug),
  );
  const missing = groups.filter((g) => !existingSlugs.has(g.slug));
  if (missing.length === 0) {
    log(`Demo data already loaded (${existingSlugs.size} listings); nothing to do.`);
    return { created: 0, existing: existingSlugs.size, skipped: true };
  }

  const organiserIds: Partial<Record<OrganiserKey, string>> = {};
  for (const user of demoUsers) {
    const row = await db.user.upsert({
      where: { email: user.email },
      create: { name: user.name, email: user.email, role: user.role, emailVerified: now },
      update: {},
      select: { id: true },
    });
    if (user.key !== "moderator") organiserIds[user.key] = row.id;
  }
  log(`Demo users ready: ${demoUsers.map((u) => u.email).join(", ")}`);

  let created = 0;
  for (const group of missing) {
    await createSeedListing(db, resolveDemoGroup(group, now, organiserIds));
    created++;
    if (created % 25 === 0 || created === missing.length) log(`Demo listings: ${created} / ${missing.length}`);
  }
  return { created, existing: existingSlugs.size, skipped: false };
}

/** Deletes every listing and every user (with their meetings, venues, sessions and accounts). */
export async function deleteGroupsAndUsers(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "Group", "User" CASCADE`);
}
