import { createHmac, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { formMessage } from "@/lib/forms/form-message";
import { closedMessage, type ConfirmResult } from "./manage-results";
import { isPublicListing, type ListingStatus } from "./lifecycle";

// The "still running?" email carries a link that confirms the listing with no sign-in:
// /organiser/confirm?group=<id>&token=<expiry>.<HMAC of the id and the expiry>. Only
// someone sent the link (or holding the site's secret) can make one, and a link that
// leaks from an old mailbox stops working after a while.

/** How long a confirmation link works: longer than the gap between reminders, so the newest always does. */
export const CONFIRM_LINK_DAYS = 45;

const DAY_MS = 24 * 60 * 60 * 1000;

function signature(groupId: string, expiresDay: number, secret: string): string {
  return createHmac("sha256", secret).update(`still-running:${groupId}:${expiresDay}`).digest("base64url");
}

/** The token for one group's confirmation link, valid for CONFIRM_LINK_DAYS from `now`. */
export function confirmationToken(groupId: string, secret: string, now = new Date()): string {
  const expiresDay = Math.floor(now.getTime() / DAY_MS) + CONFIRM_LINK_DAYS;
  return `${expiresDay.toString(36)}.${signature(groupId, expiresDay, secret)}`;
}

type TokenCheck = "valid" | "broken" | "expired";

function checkToken(groupId: string, token: string, secret: string, now: Date): TokenCheck {
  const match = /^([0-9a-z]{1,8})\.([\w-]{43})$/.exec(token);
  if (!match) return "broken";
  const expiresDay = Number.parseInt(match[1]!, 36);
  const expected = Buffer.from(signature(groupId, expiresDay, secret));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "broken";
  // The link works to the end of its last day.
  return now.getTime() < (expiresDay + 1) * DAY_MS ? "valid" : "expired";
}

// Message keys, worded by the page in the organiser's language.
const BROKEN_LINK = formMessage("Organiser.linkBroken");
const EXPIRED_LINK = formMessage("Organiser.linkExpired", { days: CONFIRM_LINK_DAYS });

type Confirmable =
  | { ok: true; group: { id: string; slug: string; name: string; status: ListingStatus; timeZone: string; organiserId: string | null } }
  | { ok: false; message: string };

/** Whether the emailed link is good for a listing that can still be confirmed. Changes nothing. */
async function findConfirmable(db: PrismaClient, groupId: string, token: string, now: Date): Promise<Confirmable> {
  if (typeof groupId !== "string" || typeof token !== "string" || !groupId || groupId.length > 64 || token.length > 128) return { ok: false, message: BROKEN_LINK };
  const check = checkToken(groupId, token, await resolveAuthSecret(db), now);
  if (check !== "valid") return { ok: false, message: check === "expired" ? EXPIRED_LINK : BROKEN_LINK };
  const group = await db.group.findUnique({ where: { id: groupId }, select: { id: true, slug: true, name: true, status: true, timeZone: true, organiserId: true } });
  if (!group) return { ok: false, message: formMessage("Organiser.listingGone") };
  const closed = closedMessage(group.status);
  return closed ? { ok: false, message: closed } : { ok: true, group };
}

/** What the page behind the emailed link shows before anything is confirmed. */
export async function checkConfirmationLink(db: PrismaClient, groupId: string, token: string, now = new Date()) {
  const found = await findConfirmable(db, groupId, token, now);
  if (!found.ok) return found;
  // Pressing the button confirms the listing now: whether it is public then is what the page links to.
  const published = isPublicListing({ status: found.group.status, lastConfirmedAt: now }, now);
  return { ok: true as const, name: found.group.name, slug: found.group.slug, published };
}

/**
 * Confirms a listing from the emailed link. A wrong token changes nothing. The link only
 * opens a page; the confirmation is its button (a POST), because mail scanners open links.
 */
export async function confirmByToken(db: PrismaClient, groupId: string, token: string, now = new Date()): Promise<ConfirmResult> {
  const found = await findConfirmable(db, groupId, token, now);
  if (!found.ok) return found;
  const { group } = found;
  await db.$transaction([
    db.group.update({ where: { id: groupId }, data: { lastConfirmedAt: now } }),
    // The link went to the organiser, so the confirmation is theirs.
    db.auditEntry.create({ data: { action: "CONFIRMED", actorId: group.organiserId, groupId, details: { via: "email-link" }, createdAt: now } }),
  ]);
  return { ok: true, groupId: group.id, slug: group.slug, name: group.name, confirmedAt: now, timeZone: group.timeZone };
}
