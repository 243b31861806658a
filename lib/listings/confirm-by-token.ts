import { createHmac, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { closedMessage, type ConfirmResult } from "./action-results";

// The "still running?" email carries a link that confirms the listing with no sign-in:
// /organiser/confirm?group=<id>&token=<HMAC of the id>. Only someone sent the link (or
// holding the site's secret) can make one.

/** The token for one group's confirmation link. */
export function confirmationToken(groupId: string, secret: string): string {
  return createHmac("sha256", secret).update(`still-running:${groupId}`).digest("base64url");
}

function tokenMatches(groupId: string, token: string, secret: string): boolean {
  const expected = Buffer.from(confirmationToken(groupId, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const BROKEN_LINK = "This link doesn't work: it may have been cut short when it was copied. Sign in and press “Still running” on your listing instead.";

/** Confirms a listing from the emailed link. A wrong token changes nothing. */
export async function confirmByToken(db: PrismaClient, groupId: string, token: string, now = new Date()): Promise<ConfirmResult> {
  if (typeof groupId !== "string" || typeof token !== "string" || !groupId || groupId.length > 64 || token.length > 128) return { ok: false, message: BROKEN_LINK };
  if (!tokenMatches(groupId, token, await resolveAuthSecret(db))) return { ok: false, message: BROKEN_LINK };
  const group = await db.group.findUnique({ where: { id: groupId }, select: { id: true, slug: true, name: true, status: true, organiserId: true } });
  if (!group) return { ok: false, message: "This listing no longer exists." };
  const closed = closedMessage(group.status);
  if (closed) return { ok: false, message: closed };
  await db.$transaction([
    db.group.update({ where: { id: groupId }, data: { lastConfirmedAt: now } }),
    // The link went to the organiser, so the confirmation is theirs.
    db.auditEntry.create({ data: { action: "CONFIRMED", actorId: group.organiserId, groupId, details: { via: "email-link" }, createdAt: now } }),
  ]);
  return { ok: true, groupId: group.id, slug: group.slug, name: group.name, confirmedAt: now };
}
