import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ColumnReference } from "@/components/import/column-reference";
import { UploadForm } from "@/components/import/upload-form";
import { Notice } from "@/components/organiser/notice";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { formatStamp } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/request-locale";
import { uploadImportAction } from "@/lib/import/import-actions";
import { IMPORT_KEPT_DAYS } from "@/lib/import/import-batch";
import { listRecentImports } from "@/lib/import/import-views";
import { IMPORT_FORMAT_CHOICES } from "@/lib/import/upload-schema";
import { UPLOAD_LIMIT_MB } from "@/lib/import/upload-limit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import.page");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function ImportPage({ searchParams }: Props) {
  const user = await requireModerator("/admin/import");
  const recent = await listRecentImports(await getDb(), user);
  if (!recent) notFound();
  const { notice } = await searchParams;
  const locale = await requestLocale();
  const t = await getTranslations("Import");
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">{t("page.heading")}</h1>
        <p>{t("page.intro")}</p>
        <Notice code={notice} messages={{ discarded: t("page.discarded") }} />
      </div>
      <section aria-labelledby="template-heading" className="flex flex-col gap-3">
        <h2 id="template-heading" className="text-2xl">{t("page.templateHeading")}</h2>
        <p>{t("page.templateText")}</p>
        <div>
          {/* The link keeps the page's language, so the template is explained in it too. */}
          <ButtonLink href="/admin/import/template.csv" variant="secondary" download>
            {t("page.downloadTemplate")}
          </ButtonLink>
        </div>
        <ColumnReference />
      </section>
      <section aria-labelledby="upload-heading" className="flex flex-col gap-4">
        <h2 id="upload-heading" className="text-2xl">{t("page.uploadHeading")}</h2>
        <UploadForm action={uploadImportAction} formats={IMPORT_FORMAT_CHOICES.map((value) => ({ value, label: t(`formats.${value}`) }))} maxMegabytes={UPLOAD_LIMIT_MB} />
      </section>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
          <h2 id="recent-heading" className="text-2xl">{t("page.recentHeading")}</h2>
          <p className="text-sm text-ink-muted">{t("page.keptFor", { days: IMPORT_KEPT_DAYS })}</p>
          <ul className="flex flex-col divide-y divide-line">
            {recent.map((batch) => {
              const line = { status: t(`page.statuses.${batch.status}`), total: batch.total, source: batch.source, stamp: formatStamp(batch.createdAt, locale) };
              return (
                <li key={batch.id} className="flex flex-col gap-0.5 py-3">
                  <Link href={`/admin/import/${batch.id}`} className="font-semibold [overflow-wrap:anywhere]">
                    {batch.fileName}
                  </Link>
                  <span className="text-sm text-ink-muted">{batch.createdBy ? t("page.recentBy", { ...line, who: batch.createdBy }) : t("page.recent", line)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </Container>
  );
}
