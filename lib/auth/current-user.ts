import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/lib/db/client";
import { throwIfDatabaseWasUnavailable } from "@/lib/db/outage";
import { localePath } from "@/lib/i18n/locale-path";
import { redirectInLocale, requestLocale } from "@/lib/i18n/request-locale";
import { getAuthOptions, type Role } from "./options";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user, read fresh from the database (a role change applies at once), or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  // Who is signed in is a question about this request: a page that asks is never rendered
  // ahead of time (the session secret is read from the database before any cookie is).
  await connection();
  const session = await getServerSession(await getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) {
    // Not "signed out" when the session could not be read at all.
    throwIfDatabaseWasUnavailable();
    return null;
  }
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

/**
 * For pages of the signed-in area: sends visitors to sign in, then back here, in the page's
 * language. `returnTo` is the path without a language prefix ("/organiser").
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const locale = await requestLocale();
    redirect(localePath(locale, `/signin?callbackUrl=${encodeURIComponent(localePath(locale, returnTo))}`));
  }
  return user;
}

export async function requireModerator(returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "MODERATOR") await redirectInLocale("/organiser?notice=moderators-only");
  return user;
}
