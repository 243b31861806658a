import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { mailFrom } from "@/lib/mail/transport";
import { siteUrl } from "@/lib/urls/site-url";
import { lazyPrisma } from "./lazy-prisma";
import { isListedModerator } from "./moderator-emails";
import { resolveAuthSecret } from "./secret";
import { signInMail } from "./sign-in-mail";

export type Role = "ORGANISER" | "MODERATOR";

/** next-auth: one-time email links, sessions and accounts in PostgreSQL through Prisma. */
export async function getAuthOptions(): Promise<NextAuthOptions> {
  const secret = await resolveAuthSecret(await getDb());
  return {
    secret,
    adapter: PrismaAdapter(lazyPrisma as never),
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    // Secure, __Host- prefixed cookies whenever the site is served over HTTPS.
    useSecureCookies: siteUrl().protocol === "https:",
    providers: [
      EmailProvider({
        from: mailFrom(),
        maxAge: 30 * 60,
        // Mail goes through our own sender (SMTP or the development outbox).
        server: "smtp://localhost",
        sendVerificationRequest: async ({ identifier, url }) => sendMail(await getDb(), signInMail(identifier, url)),
      }),
    ],
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
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
