import type { Prisma } from "@/lib/db/generated/client";
import { insertRows, sortableId } from "@/lib/db/insert-rows";
import { canTransition, NEW_LISTING_STATUS, type Who } from "./lifecycle";
import { listingRows, type ListingRows } from "./listing-record";
import type { ListingValues } from "./listing-schema";
import { freeSlug, slugBase } from "./slug";

// Writing thousands of listings in one transaction (imports). The rows come from the same
// mapping as one listing's write (listingRows in listing-record.ts), so a listing written
// here is stored exactly as the form would store it; only the statements differ: a few
// large ones instead of a dozen small ones per listing, each kept under the site's statement
// time limit. New listings start as NEW_LISTING_STATUS, or approved as they are written;
// moving existing ones on is the caller's, with changeListingStatuses.

/** Rows per statement: well under PostgreSQL's 65,535 parameters and a few seconds of work. */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

const quote = (column: string) => `"${column.replace(/"/g, '""')}"`;

/** Extra columns of a new listing that are not listing values: where an import found it. */
export type NewListingExtras = Pick<Prisma.GroupCreateManyInput, "importSource" | "externalId" | "organiserId">;

export type NewListing = { values: ListingValues; extras?: NewListingExtras };

async function insertLanguages(tx: Prisma.TransactionClient, links: { A: string; B: string }[]): Promise<void> {
  for (const chunk of chunks(links)) {
    await tx.$executeRawUnsafe(`INSERT INTO "_GroupToLanguage" ("A", "B") SELECT "A", "B" FROM json_to_recordset($1::json) AS x("A" text, "B" text) ON CONFLICT DO NOTHING`, JSON.stringify(chunk));
  }
}

async function insertMeetings(tx: Prisma.TransactionClient, listings: { groupId: string; rows: ListingRows }[]): Promise<void> {
  const meetings = listings.flatMap(({ groupId, rows }) => rows.meetings.map((meeting) => ({ id: sortableId(), groupId, ...meeting })));
  for (const chunk of chunks(meetings)) await insertRows(tx, "Meeting", chunk satisfies Prisma.MeetingCreateManyInput[]);
}

/**
 * Creates `listings` as createListing creates one (status, slug, venue, meetings, languages),
 * all dated `now`. Slugs are chosen against every slug taken when the transaction reads
 * them; a listing submitted with the same slug at the same moment makes this fail on the
 * unique index, and the caller tries again.
 *
 * `approvedBy` writes them already approved, as approving them right after would (the
 * lifecycle must let that person publish a new listing): a second pass over thousands of
 * fresh rows would rewrite every one of them and its index entries.
 */
export async function createListings(
  tx: Prisma.TransactionClient,
  listings: readonly NewListing[],
  now: Date,
  options: { approvedBy?: Who; /** Slugs taken, shared by calls in one transaction (and added to). */ takenSlugs?: Set<string> } = {},
): Promise<{ id: string; slug: string }[]> {
  if (listings.length === 0) return [];
  if (options.approvedBy && !canTransition(NEW_LISTING_STATUS, "PUBLISHED", options.approvedBy)) throw new Error(`A new listing can't be published by the ${options.approvedBy}.`);
  const approval = options.approvedBy ? { status: "PUBLISHED" as const, publishedAt: now } : { status: NEW_LISTING_STATUS };
  const taken = options.takenSlugs ?? new Set<string>();
  if (taken.size === 0) for (const g of await tx.group.findMany({ select: { slug: true } })) taken.add(g.slug);
  const prepared = listings.map(({ values, extras }) => {
    const slug = freeSlug(slugBase(values.name, values.location?.locality), taken);
    taken.add(slug);
    return { id: sortableId(), slug, rows: listingRows(values), extras };
  });
  for (const chunk of chunks(prepared)) {
    await insertRows(tx, "Group", chunk.map(({ id, slug, rows, extras }) => ({ ...rows.group, ...extras, id, slug, ...approval, createdAt: now, lastConfirmedAt: now, updatedAt: now }) satisfies Prisma.GroupCreateManyInput));
  }
  const venues = prepared.flatMap(({ id, rows }) => (rows.location ? [{ id: sortableId(), groupId: id, ...rows.location }] : []));
  for (const chunk of chunks(venues)) await insertRows(tx, "Location", chunk satisfies Prisma.LocationCreateManyInput[]);
  await insertMeetings(tx, prepared.map(({ id, rows }) => ({ groupId: id, rows })));
  await insertLanguages(tx, prepared.flatMap(({ id, rows }) => rows.languages.map((code) => ({ A: id, B: code }))));
  return prepared.map(({ id, slug }) => ({ id, slug }));
}

type StoredMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingCompareSelect }>;
const meetingCompareSelect = { groupId: true, label: true, frequency: true, weekday: true, nthWeek: true, startMinutes: true, durationMinutes: true, timeZone: true, startDate: true, endDate: true } as const;

const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/** Whether the stored meetings already are `wanted`, in the same order. */
function sameMeetings(stored: StoredMeeting[], wanted: ListingRows["meetings"]): boolean {
  return (
    stored.length === wanted.length &&
    stored.every((m, i) => {
      const w = wanted[i]!;
      return m.label === w.label && m.frequency === w.frequency && m.weekday === w.weekday && m.nthWeek === w.nthWeek && m.startMinutes === w.startMinutes && m.durationMinutes === w.durationMinutes && m.timeZone === w.timeZone && sameDate(m.startDate, w.startDate) && sameDate(m.endDate, w.endDate);
    })
  );
}

/**
 * Writes `values` onto existing listings, as applyListingValues does for one: columns, search
 * text, languages, the venue (added, changed or removed with the format). Imported meetings
 * carry no ids, so they cannot be matched one by one: a listing whose meetings are already
 * exactly these keeps them (with their cancelled dates and calendar ids); any other gets
 * them anew. `confirmedAt` also stamps the listings as confirmed then. Status is the caller's.
 */
export async function replaceListingValues(tx: Prisma.TransactionClient, listings: readonly { groupId: string; values: ListingValues }[], now: Date, options: { confirmedAt?: Date } = {}): Promise<void> {
  if (listings.length === 0) return;
  const prepared = listings.map(({ groupId, values }) => ({ groupId, rows: listingRows(values) }));
  const ids = prepared.map((p) => p.groupId);
  const extra = { updatedAt: now, ...(options.confirmedAt && { lastConfirmedAt: options.confirmedAt }) };
  const columns = Object.keys({ ...prepared[0]!.rows.group, ...extra });
  // json_populate_recordset types every value by the "Group" table itself (enums, arrays, dates).
  const update = `UPDATE "Group" g SET ${columns.map((c) => `${quote(c)} = x.${quote(c)}`).join(", ")}
    FROM json_populate_recordset(NULL::"Group", $1::json) x WHERE g."id" = x."id"`;
  for (const chunk of chunks(prepared)) await tx.$executeRawUnsafe(update, JSON.stringify(chunk.map(({ groupId, rows }) => ({ ...rows.group, ...extra, id: groupId }))));

  for (const chunk of chunks(ids)) await tx.$executeRawUnsafe(`DELETE FROM "_GroupToLanguage" WHERE "A" = ANY($1::text[])`, chunk);
  await insertLanguages(tx, prepared.flatMap(({ groupId, rows }) => rows.languages.map((code) => ({ A: groupId, B: code }))));

  const online = prepared.filter((p) => !p.rows.location).map((p) => p.groupId);
  for (const chunk of chunks(online)) await tx.location.deleteMany({ where: { groupId: { in: chunk } } });
  const venues = prepared.flatMap(({ groupId, rows }) => (rows.location ? [{ id: sortableId(), groupId, ...rows.location }] : []));
  const venueColumns = venues[0] ? Object.keys(venues[0]).filter((c) => c !== "id" && c !== "groupId") : [];
  const upsert = `INSERT INTO "Location" ("id", "groupId", ${venueColumns.map(quote).join(", ")})
    SELECT "id", "groupId", ${venueColumns.map(quote).join(", ")} FROM json_populate_recordset(NULL::"Location", $1::json)
    ON CONFLICT ("groupId") DO UPDATE SET ${venueColumns.map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`).join(", ")}`;
  for (const chunk of chunks(venues)) await tx.$executeRawUnsafe(upsert, JSON.stringify(chunk));

  const stored = new Map<string, StoredMeeting[]>();
  for (const chunk of chunks(ids)) {
    for (const m of await tx.meeting.findMany({ where: { groupId: { in: chunk } }, select: meetingCompareSelect, orderBy: { id: "asc" } })) {
      const list = stored.get(m.groupId) ?? [];
      list.push(m);
      stored.set(m.groupId, list);
    }
  }
  const changed = prepared.filter(({ groupId, rows }) => !sameMeetings(stored.get(groupId) ?? [], rows.meetings));
  for (const chunk of chunks(changed)) await tx.meeting.deleteMany({ where: { groupId: { in: chunk.map((c) => c.groupId) } } });
  await insertMeetings(tx, changed);
}
