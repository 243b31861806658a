import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OrganiserBar } from "@/components/organiser/organiser-bar";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLocale, routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const [site, t] = await Promise.all([
    getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: "Site" }),
    getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: "Organiser" }),
  ]);
  return {
    title: { default: t("myGroups"), template: site("titleTemplate") },
    robots: { index: false, follow: false },
  };
}

/**
 * The organisers' area: signed-in people only. Every page below sends a signed-out visitor
 * to sign in and back to that page, and pages and actions check again next to their data
 * (a layout renders alongside its page, so it cannot guard it alone). The layout leaves the
 * redirect to the page, which knows where to come back to.
 *
 * Deliberately no loading.tsx: its fallback starts the response before the page has run, so
 * another organiser's listing could no longer answer 404, and without JavaScript the
 * fallback is never replaced by the page (every form here must work without it).
 */
export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) return children;
  return (
    <>
      <OrganiserBar email={user.email} isModerator={user.role === "MODERATOR"} />
      {children}
    </>
  );
}
