import { readEnv } from "@/lib/env";

/** Addresses in MODERATOR_EMAILS (comma-separated) become moderators when they sign in. */
export function isListedModerator(email: string | null | undefined, listed: readonly string[] = readEnv().MODERATOR_EMAILS): boolean {
  if (!email) return false;
  return listed.includes(email.trim().toLowerCase());
}
