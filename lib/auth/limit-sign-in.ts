import type { PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { localePath } from "@/lib/i18n/locale-path";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { callbackLocale } from "./sign-in-locale";

/**
 * Counts a request for a sign-in link, per address and per email, in PostgreSQL. Returns
 * the seconds to wait when either limit is reached, else null.
 */
export async function checkSignInLimit(db: PrismaClient, address: string, email: string): Promise<number | null> {
  const checks = await Promise.all([
    hitRateLimit(db, `signin:addr:${address}`, RATE_LIMITS.signInPerAddress),
    email ? hitRateLimit(db, `signin:email:${email}`, RATE_LIMITS.signInPerEmail) : Promise.resolve({ allowed: true, retryAfterSeconds: 0 }),
  ]);
  return checks.find((c) => !c.allowed)?.retryAfterSeconds ?? null;
}

/**
 * The same limit on next-auth's own endpoint, for anything that posts to it directly.
 * Returns the response to send instead when the limit is reached, else null.
 */
export async function limitSignInRequest(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "").trim().toLowerCase();
  const retryAfter = await checkSignInLimit(await getDb(), clientAddress(request.headers), email);
  if (retryAfter === null) return null;
  // Back to the sign-in page in the language the sign-in was asked for in.
  const signInPage = localePath(callbackLocale(String(form?.get("callbackUrl") ?? "")), "/signin");
  const target = new URL(`${signInPage}?error=RateLimited&retryAfter=${retryAfter}`, request.url);
  // next-auth's browser client asks for JSON; a plain form post expects a redirect.
  if (form?.get("json") === "true") return Response.json({ url: target.toString() }, { status: 429 });
  return Response.redirect(target, 303);
}
