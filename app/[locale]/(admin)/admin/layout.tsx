import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { AdminNav } from "@/components/moderation/admin-nav";
import { Container } from "@/components/ui/container";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation.layout");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false, follow: false },
  };
}

/**
 * The moderators' area. Every page below sends anyone else to sign in (and back to that
 * page) or away, and every page and action checks the role again next to its data; the
 * layout only draws the moderators' bar.
 * No loading.tsx, as in the organisers' area: a streamed fallback would turn missing
 * listings into 200s and leave the decision forms unreachable without JavaScript.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.role !== "MODERATOR") return children;
  const t = await getTranslations("Moderation.layout");
  return (
    <>
      <div className="border-b border-line bg-paper-deep">
        <Container className="flex flex-col gap-y-1 py-1.5 md:flex-row md:items-center md:justify-between md:gap-x-6">
          <div className="flex flex-wrap items-center gap-x-6">
            <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">{t("label")}</p>
            <AdminNav />
          </div>
          <SignedInAs email={user.email} />
        </Container>
      </div>
      {children}
    </>
  );
}
