// How long a listing stays trustworthy without the organiser confirming it still runs.
// One place for the thresholds: the moderation queue, the reminders and the public
// directory all read them from here.

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

/** The Prisma filter for listings the public may see: published and confirmed within HIDDEN_AFTER_MONTHS. */
export const publicListingWhere = (now: Date) => ({ status: "PUBLISHED" as const, lastConfirmedAt: { gt: hiddenBefore(now) } });
