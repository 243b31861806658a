"use server";

import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { redirectInLocale } from "@/lib/i18n/request-locale";
import { sessionCookie } from "./session-cookie";

/**
 * "Sign out": ends this device's session in the database, so the cookie stops working even
 * if a copy of it survives, then clears the cookie. It needs no other check: it can only
 * end the session whose token the request itself carries. Next.js refuses posts from
 * other sites before this runs.
 */
export async function signOutAction(): Promise<void> {
  const cookie = sessionCookie();
  const store = await cookies();
  const token = store.get(cookie.name)?.value;
  if (token) {
    const db = await getDb();
    await db.session.deleteMany({ where: { sessionToken: token } });
  }
  store.delete({ name: cookie.name, ...cookie.options });
  await redirectInLocale("/signed-out");
}
