import { getDb } from "@/lib/db/client";
import { clientAddress, hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";

/**
 * Rate limit for "email me a sign-in link": per address and per email, in PostgreSQL.
 * Returns the response to send instead when the limit is reached, else null.
 */
export async function limitSignInRequest(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "").trim().toLowerCase();
  const db = await getDb();
  const checks = await Promise.all([
    hitRateLimit(db, `signin:addr:${clientAddress(request.headers)}`, RATE_LIMITS.signInPerAddress),
    email ? hitRateLimit(db, `signin:email:${email}`, RATE_LIMITS.signInPerEmail) : Promise.resolve({ allowed: true, retryAfterSeconds: 0 }),
  ]);
  const blocked = checks.find((c) => !c.allowed);
  if (!blocked) return null;
  const target = new URL(`/signin?error=RateLimited&retryAfter=${blocked.retryAfterSeconds}`, request.url);
  // next-auth's browser client asks for JSON; a plain form post expects a redirect.
  if (form?.get("json") === "true") return Response.json({ url: target.toString() }, { status: 429 });
  return Response.redirect(target, 303);
}
