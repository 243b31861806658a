import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { ImportProgress } from "@/components/import/import-progress";
import { ImportRows } from "@/components/import/import-rows";
import { RowFilterNav, type RowFilter } from "@/components/import/row-filter";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { FormMessage } from "@/components/ui/field";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { formatStamp } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/routing";
import { confirmImportAction, discardImportAction } from "@/lib/import/import-actions";
import { getImportSummary, listImportRows, type ImportSummary } from "@/lib/import/import-views";
import { formText } from "@/lib/forms/form-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import.batch");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A bad or missing value falls back to the first page of every row: a link never breaks the page.
const querySchema = z.object({
  show: z.enum(["all", "errors", "new", "updates"]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  notice: z.enum(["not-confirmed", "not-discarded"]).optional().catch(undefined),
});

const OUTCOMES = { all: undefined, errors: "ERROR", new: "NEW", updates: "UPDATE" } as const;

type Words = Awaited<ReturnType<typeof getTranslations<"Import">>>;

function Facts({ batch, t, locale }: { batch: ImportSummary; t: Words; locale: Locale }) {
  const stamp = formatStamp(batch.createdAt, locale);
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:max-w-2xl">
      <dt className="text-ink-muted">{t("batch.file")}</dt>
      <dd className="[overflow-wrap:anywhere]">{t("batch.fileValue", { name: batch.fileName, format: t(`formats.${batch.format}`) })}</dd>
      <dt className="text-ink-muted">{t("batch.source")}</dt>
      <dd>{batch.source}</dd>
      <dt className="text-ink-muted">{t("batch.uploaded")}</dt>
      <dd>{batch.createdBy ? t("batch.uploadedBy", { stamp, who: batch.createdBy }) : stamp}</dd>
    </dl>
  );
}

function Counts({ batch, written, t }: { batch: ImportSummary; written: boolean; t: Words }) {
  const n = (chunks: ReactNode) => <span className="block text-2xl font-semibold">{chunks}</span>;
  return (
    <ul className="grid gap-3 sm:grid-cols-3" aria-label={written ? t("batch.countsWritten") : t("batch.countsPreview")}>
      <li className="rounded-card border border-sage-200 bg-sage-50 p-4">{t.rich(written ? "batch.newWritten" : "batch.newPreview", { count: batch.newCount, n })}</li>
      <li className="rounded-card border border-sky-200 bg-sky-50 p-4">{t.rich(written ? "batch.updatesWritten" : "batch.updatesPreview", { count: batch.updateCount, n })}</li>
      <li className="rounded-card border border-rose-200 bg-rose-50 p-4">{t.rich(written ? "batch.errorsWritten" : "batch.errorsPreview", { count: batch.errorCount, n })}</li>
    </ul>
  );
}

export default async function ImportBatchPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireModerator(`/admin/import/${id}`);
  const db = await getDb();
  const batch = await getImportSummary(db, user, id);
  if (!batch) notFound();
  const query = querySchema.parse(await searchParams);
  const locale = await requestLocale();
  const t = await getTranslations("Import");
  const running = (batch.status === "CHECKING" || batch.status === "WRITING") && !batch.stalled;
  const written = batch.status === "DONE";
  const rows = batch.status === "READY" || written ? await listImportRows(db, user, id, { outcome: OUTCOMES[query.show], page: query.page }) : null;
  const writable = batch.newCount + batch.updateCount;
  const heading = written ? t("batch.imported") : batch.status === "FAILED" ? t("batch.failed") : running ? t("batch.importing") : t("batch.check");
  const readyText = [
    writable > 0 ? t("batch.publishes", { count: writable }) : t("batch.nothingWritable"),
    batch.errorCount > 0 && writable > 0 ? t("batch.skipped", { count: batch.errorCount }) : null,
    t("batch.expires", { stamp: formatStamp(batch.expiresAt, locale) }),
  ];

  return (
    <Container className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/admin/import">{t("batch.back")}</BackLink>
        <h1 className="text-3xl sm:text-4xl">{heading}</h1>
        <Facts batch={batch} t={t} locale={locale} />
        <FormMessage>{query.notice ? t(`batch.notices.${query.notice}`) : null}</FormMessage>
        {batch.notices.map((notice) => (
          <p key={notice} className="rounded-control border border-clay-200 bg-clay-50 px-4 py-3">
            {formText(locale, notice)}
          </p>
        ))}
      </div>

      {running ? <ImportProgress batch={batch} /> : null}
      {batch.stalled ? (
        <Card tone="rose" className="flex flex-col gap-3">
          <p>{t("batch.stalled")}</p>
        </Card>
      ) : null}
      {batch.status === "FAILED" && batch.failure ? (
        <Card tone="rose">
          <p>{formText(locale, batch.failure)}</p>
        </Card>
      ) : null}

      {batch.status === "READY" || written ? <Counts batch={batch} written={written} t={t} /> : null}

      {batch.status === "READY" ? (
        <Card tone="clay" className="flex flex-col gap-4">
          {/* Whole sentences, one after the other. */}
          <p>{readyText.filter(Boolean).join(" ")}</p>
          <div className="flex flex-wrap gap-3">
            {writable > 0 ? (
              <form action={confirmImportAction.bind(null, batch.id)}>
                <Button type="submit">{t("batch.importButton", { count: writable })}</Button>
              </form>
            ) : null}
            <form action={discardImportAction.bind(null, batch.id)}>
              <Button type="submit" variant="ghost">
                {t("batch.discard")}
              </Button>
            </form>
          </div>
        </Card>
      ) : null}
      {batch.stalled || batch.status === "FAILED" ? (
        <form action={discardImportAction.bind(null, batch.id)}>
          <Button type="submit" variant="secondary">
            {t("batch.discardThis")}
          </Button>
        </form>
      ) : null}

      {rows ? (
        <section aria-labelledby="rows-heading" className="flex flex-col gap-4">
          <h2 id="rows-heading" className="text-2xl">
            {t("batch.rowsHeading")}
          </h2>
          <RowFilterNav
            batchId={batch.id}
            current={query.show as RowFilter}
            counts={{ all: batch.newCount + batch.updateCount + batch.errorCount, errors: batch.errorCount, new: batch.newCount, updates: batch.updateCount }}
          />
          <ImportRows rows={rows.rows} written={written} caption={t("batch.rowsCaption", { file: batch.fileName })} />
          {rows.pageCount > 1 ? (
            <nav aria-label={t("batch.pagesLabel")} className="flex flex-wrap items-center justify-between gap-3">
              {rows.page > 1 ? (
                <Link href={`/admin/import/${batch.id}?show=${query.show}&page=${rows.page - 1}`} rel="prev">
                  {t("batch.earlier")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-ink-muted">{t("batch.page", { page: rows.page, pageCount: rows.pageCount })}</span>
              {rows.page < rows.pageCount ? (
                <Link href={`/admin/import/${batch.id}?show=${query.show}&page=${rows.page + 1}`} rel="next">
                  {t("batch.later")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      ) : null}
    </Container>
  );
}
