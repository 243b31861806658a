import { formMessage } from "@/lib/forms/form-message";
import type { PrismaClient } from "@/lib/db/generated/client";

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** Limits used across the site, in one place so they are easy to review. */
export const RATE_LIMITS = {
  signInPerAddress: { limit: 10, windowSeconds: 15 * 60 },
  signInPerEmail: { limit: 3, windowSeconds: 15 * 60 },
  submissionsPerUser: { limit: 10, windowSeconds: 60 * 60 },
  reportsPerAddress: { limit: 5, windowSeconds: 60 * 60 },
  contactPerAddress: { limit: 5, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Counts one attempt against `key` in a fixed window, in PostgreSQL, so every server
 * instance shares the same counters. The upsert is atomic: concurrent attempts each get
 * their own count.
 */
export async function hitRateLimit(db: PrismaClient, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
    RETURNING "count"`;
  // Old windows are useless; clearing them now and then keeps the table small.
  if (Math.random() < 0.01) {
    await db.rateLimitHit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  }
  const allowed = (row?.count ?? 1) <= rule.limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

/** "Please try again in 12 minutes." */
export function tryAgainMessage(retryAfterSeconds: number): string {
  return formMessage("Forms.tryAgainIn", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
