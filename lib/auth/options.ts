import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { sendMail } from "@/lib/mail/send-mail";
import { mailFrom } from "@/lib/mail/transport";
import { lazyPrisma } from "./lazy-prisma";
import { isListedModerator } from "./moderator-emails";
import { resolveAuthSecret } from "./secret";
import { sessionCookie, usesSecureCookies } from "./session-cookie";
import { signInLinkLocale } from "./sign-in-locale";
import { signInMail } from "./sign-in-mail";

export type Role = "ORGANISER" | "MODERATOR";

/**
 * next-auth: one-time email links, sessions and accounts in PostgreSQL through Prisma.
 * `locale`: the language of the sign-in under way, for the pages next-auth redirects to.
 */
export async function getAuthOptions(locale: Locale = routing.defaultLocale): Promise<NextAuthOptions> {
  const secret = await resolveAuthSecret(await getDb());
  const secure = usesSecureCookies();
  return {
    secret,
    adapter: PrismaAdapter(lazyPrisma as never),
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    // Secure, __Secure-/__Host- prefixed cookies whenever the site is served over HTTPS.
    useSecureCookies: secure,
    cookies: { sessionToken: sessionCookie(secure) },
    providers: [
      EmailProvider({
        from: mailFrom(),
        maxAge: 30 * 60,
        // Mail goes through our own sender (SMTP or the development outbox).
        server: "smtp://localhost",
        // In the language of the page the link returns to, which the link itself names.
        sendVerificationRequest: async ({ identifier, url }) => sendMail(await getDb(), signInMail(identifier, url, signInLinkLocale(url))),
      }),
    ],
    pages: { signIn: localePath(locale, "/signin"), verifyRequest: localePath(locale, "/signin/check-email"), error: localePath(locale, "/signin") },
    callbacks: {
      session: ({ session, user }) => ({
        ...session,
        user: { ...session.user, id: user.id, role: (user as { role?: Role }).role ?? "ORGANISER" },
      }),
    },
    events: {
      signIn: async ({ user }) => {
        if (isListedModerator(user.email)) {
          const db = await getDb();
          await db.user.updateMany({ where: { id: user.id, role: { not: "MODERATOR" } }, data: { role: "MODERATOR" } });
        }
      },
    },
  };
}
