import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/moderation/audit-table";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { listAuditLog } from "@/lib/moderation/audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation.audit");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireModerator("/admin/audit");
  const t = await getTranslations("Moderation.audit");
  const raw = (await searchParams).page;
  const page = Number(Array.isArray(raw) ? raw[0] : (raw ?? "1"));
  const log = await listAuditLog(await getDb(), user, Number.isInteger(page) && page > 0 ? page : 1);
  if (!log) notFound();
  return (
    <Container className="flex flex-col gap-6 py-8 sm:py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
      </div>
      <AuditTable log={log} />
    </Container>
  );
}
