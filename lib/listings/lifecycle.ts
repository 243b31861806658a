import { ListingStatus, Prisma, RevisionStatus } from "@/lib/db/generated/client";

// A listing's life in one place: the statuses it and its proposed edits pass through, who
// moves it from one to the next, how long it stays trustworthy without its organiser
// confirming it, and the one rule for what the public may see. Search, group pages, feeds,
// the sitemap, the API, the languages list and spelling correction all read that rule
// from here, as a Prisma filter, a SQL fragment or a predicate made from the same constants.

export { ListingStatus, RevisionStatus };

/** Who moves a listing on: its organiser, or a moderator (who may also act on any listing as its organiser could). */
export type Who = "organiser" | "moderator";

type Transition<S extends string> = { from: S; to: S; by: readonly Who[]; via: string };

const BOTH = ["organiser", "moderator"] as const satisfies readonly Who[];
const MODERATOR = ["moderator"] as const satisfies readonly Who[];

/** What a new listing starts as: nobody sees it until a moderator approves it. */
export const NEW_LISTING_STATUS = ListingStatus.PENDING;

/**
 * Every status change a listing can make. Staleness is not among them: a published listing
 * nobody confirms keeps its status and drops out of public view by the visibility rule
 * below, and comes back as soon as it is confirmed.
 */
export const LISTING_TRANSITIONS = [
  { from: "PENDING", to: "PUBLISHED", by: MODERATOR, via: "approveListing" },
  { from: "PENDING", to: "CHANGES_REQUESTED", by: MODERATOR, via: "requestListingChanges" },
  { from: "PENDING", to: "REJECTED", by: MODERATOR, via: "rejectListing" },
  // Nobody sees these yet, so an edit changes the listing itself and it waits for review again.
  { from: "PENDING", to: "PENDING", by: BOTH, via: "updateListing" },
  { from: "CHANGES_REQUESTED", to: "PENDING", by: BOTH, via: "updateListing" },
  // A moderator's import of data they have previewed replaces a published listing's values in
  // place (new imported listings are approved as they are written, PENDING to PUBLISHED).
  { from: "PUBLISHED", to: "PUBLISHED", by: MODERATOR, via: "importListings" },
  // Archiving is open from every status but its own; a rejected listing can be tidied away too.
  { from: "PENDING", to: "ARCHIVED", by: BOTH, via: "archiveListing" },
  { from: "CHANGES_REQUESTED", to: "ARCHIVED", by: BOTH, via: "archiveListing" },
  { from: "PUBLISHED", to: "ARCHIVED", by: BOTH, via: "archiveListing" },
  { from: "REJECTED", to: "ARCHIVED", by: BOTH, via: "archiveListing" },
] as const satisfies readonly Transition<ListingStatus>[];

/** What an edit of a published listing starts as; the published version stays public meanwhile. */
export const NEW_REVISION_STATUS = RevisionStatus.PENDING;

/** Every status change of a proposed edit (a GroupRevision). */
export const REVISION_TRANSITIONS = [
  // A second edit while one waits replaces the waiting one.
  { from: "PENDING", to: "PENDING", by: BOTH, via: "updateListing" },
  { from: "PENDING", to: "APPROVED", by: MODERATOR, via: "approveRevision" },
  { from: "PENDING", to: "CHANGES_REQUESTED", by: MODERATOR, via: "requestRevisionChanges" },
  { from: "PENDING", to: "REJECTED", by: MODERATOR, via: "rejectRevision" },
  // Archiving the listing withdraws edits still open.
  { from: "PENDING", to: "WITHDRAWN", by: BOTH, via: "archiveListing" },
  { from: "CHANGES_REQUESTED", to: "WITHDRAWN", by: BOTH, via: "archiveListing" },
] as const satisfies readonly Transition<RevisionStatus>[];

const allows = <S extends string>(table: readonly Transition<S>[], from: S, to: S, who: Who) =>
  table.some((t) => t.from === from && t.to === to && t.by.includes(who));

/** Whether `who` may move a listing from `from` to `to`. */
export const canTransition = (from: ListingStatus, to: ListingStatus, who: Who): boolean => allows(LISTING_TRANSITIONS, from, to, who);

/** Whether `who` may move a proposed edit from `from` to `to`. */
export const canTransitionRevision = (from: RevisionStatus, to: RevisionStatus, who: Who): boolean => allows(REVISION_TRANSITIONS, from, to, who);

// ---------------------------------------------------------------- freshness

/** After this long without confirmation a listing shows in the moderators' stale queue and gets reminders. */
export const STALE_AFTER_MONTHS = 6;

/** After this long without confirmation a listing leaves the public directory until confirmed. */
export const HIDDEN_AFTER_MONTHS = 12;

/** Organisers of stale listings get at most one "still running?" email in this many days. */
export const REMIND_EVERY_DAYS = 30;

/** `now` minus whole calendar months (31 March minus one month is 28 or 29 February). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/** Listings confirmed before this instant are stale. */
export const staleBefore = (now: Date) => monthsBefore(now, STALE_AFTER_MONTHS);

/** Listings confirmed before this instant (or exactly then) are hidden from the public. */
export const hiddenBefore = (now: Date) => monthsBefore(now, HIDDEN_AFTER_MONTHS);

// ---------------------------------------------------------------- who sees what

/** The only status the public ever sees. The "SearchWord" triggers in the migrations name it too. */
const PUBLIC_STATUS = ListingStatus.PUBLISHED;

type Freshness = { status: ListingStatus; lastConfirmedAt: Date };

/** THE visibility rule: published, and confirmed within HIDDEN_AFTER_MONTHS. */
export const isPublicListing = (listing: Freshness, now: Date): boolean =>
  listing.status === PUBLIC_STATUS && listing.lastConfirmedAt > hiddenBefore(now);

/** The visibility rule as a Prisma filter on Group. */
export const publicListingWhere = (now: Date) =>
  ({ status: PUBLIC_STATUS, lastConfirmedAt: { gt: hiddenBefore(now) } }) satisfies Prisma.GroupWhereInput;

/** The visibility rule as SQL, for raw queries: `publicListingSql("g", now)` reads g."status" and g."lastConfirmedAt". */
export function publicListingSql(alias: string, now: Date): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  const column = (name: string) => Prisma.raw(`"${alias}"."${name}"`);
  return Prisma.sql`${column("status")} = ${Prisma.raw(`'${PUBLIC_STATUS}'`)} AND ${column("lastConfirmedAt")} > ${hiddenBefore(now)}`;
}

/** Published but unconfirmed for STALE_AFTER_MONTHS: time to remind the organiser. */
export const isStaleListing = (listing: Freshness, now: Date): boolean =>
  listing.status === PUBLIC_STATUS && listing.lastConfirmedAt < staleBefore(now);

/** The stale rule as a Prisma filter, for the moderators' queue and the reminders. */
export const staleListingWhere = (now: Date) =>
  ({ status: PUBLIC_STATUS, lastConfirmedAt: { lt: staleBefore(now) } }) satisfies Prisma.GroupWhereInput;
