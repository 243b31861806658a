import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/moderation/admin-nav";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";

export const metadata: Metadata = {
  title: { default: "Moderation", template: "%s · Moderation" },
  robots: { index: false, follow: false },
};

/** The moderators' area. Every page and action below checks the role again next to its data. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireModerator("/admin");
  return (
    <>
      <div className="border-b border-line bg-paper-deep">
        <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 py-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Moderation</p>
          <AdminNav />
        </Container>
      </div>
      {children}
    </>
  );
}
