import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
import { confirmImportAction, discardImportAction } from "@/lib/import/import-actions";
import { getImportSummary, listImportRows, type ImportSummary } from "@/lib/import/import-views";
import { FORMAT_NAMES } from "@/lib/import/read-file";

export const metadata: Metadata = { title: "Import preview" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A bad or missing value falls back to the first page of every row: a link never breaks the page.
const querySchema = z.object({
  show: z.enum(["all", "errors", "new", "updates"]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  notice: z.enum(["not-confirmed", "not-discarded"]).optional().catch(undefined),
});

const OUTCOMES = { all: undefined, errors: "ERROR", new: "NEW", updates: "UPDATE" } as const;

const NOTICES = { "not-confirmed": "This import was not confirmed: it has already been confirmed, or its preview expired.", "not-discarded": "An import can't be discarded while it is being written." };

function Facts({ batch }: { batch: ImportSummary }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:max-w-2xl">
      <dt className="text-ink-muted">File</dt>
      <dd className="[overflow-wrap:anywhere]">{batch.fileName} ({FORMAT_NAMES[batch.format]})</dd>
      <dt className="text-ink-muted">Source</dt>
      <dd>{batch.source}</dd>
      <dt className="text-ink-muted">Uploaded</dt>
      <dd>
        {formatStamp(batch.createdAt)}
        {batch.createdBy ? ` by ${batch.createdBy}` : ""}
      </dd>
    </dl>
  );
}

function Counts({ batch, written }: { batch: ImportSummary; written: boolean }) {
  const n = (count: number) => count.toLocaleString("en");
  const s = (count: number) => (count === 1 ? "" : "s");
  return (
    <ul className="grid gap-3 sm:grid-cols-3" aria-label={written ? "What was imported" : "What the import will do"}>
      <li className="rounded-card border border-sage-200 bg-sage-50 p-4">
        <span className="block text-2xl font-semibold">{n(batch.newCount)}</span> {written ? `new listing${s(batch.newCount)} published` : `new listing${s(batch.newCount)}`}
      </li>
      <li className="rounded-card border border-sky-200 bg-sky-50 p-4">
        <span className="block text-2xl font-semibold">{n(batch.updateCount)}</span> {written ? `listing${s(batch.updateCount)} updated` : `update${s(batch.updateCount)} of listings imported before`}
      </li>
      <li className="rounded-card border border-rose-200 bg-rose-50 p-4">
        <span className="block text-2xl font-semibold">{n(batch.errorCount)}</span> {written ? `row${s(batch.errorCount)} skipped` : `row${s(batch.errorCount)} with errors, skipped`}
      </li>
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
  const running = (batch.status === "CHECKING" || batch.status === "WRITING") && !batch.stalled;
  const written = batch.status === "DONE";
  const rows = batch.status === "READY" || written ? await listImportRows(db, user, id, { outcome: OUTCOMES[query.show], page: query.page }) : null;
  const writable = batch.newCount + batch.updateCount;

  return (
    <Container className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/admin/import">Import</BackLink>
        <h1 className="text-3xl sm:text-4xl">{written ? "Imported" : batch.status === "FAILED" ? "Import failed" : running ? "Importing…" : "Check the import"}</h1>
        <Facts batch={batch} />
        <FormMessage>{query.notice ? NOTICES[query.notice] : null}</FormMessage>
        {batch.notices.map((notice) => (
          <p key={notice} className="rounded-control border border-clay-200 bg-clay-50 px-4 py-3">
            {notice}
          </p>
        ))}
      </div>

      {running ? <ImportProgress batch={batch} /> : null}
      {batch.stalled ? (
        <Card tone="rose" className="flex flex-col gap-3">
          <p>This import stopped: the server working on it was restarted. Nothing was imported. Discard it and upload the file again.</p>
        </Card>
      ) : null}
      {batch.status === "FAILED" ? (
        <Card tone="rose">
          <p>{batch.failure}</p>
        </Card>
      ) : null}

      {batch.status === "READY" || written ? <Counts batch={batch} written={written} /> : null}

      {batch.status === "READY" ? (
        <Card tone="clay" className="flex flex-col gap-4">
          <p>
            {writable > 0
              ? `Importing publishes ${writable.toLocaleString("en")} listing${writable === 1 ? "" : "s"} at once, each recorded in the audit log.`
              : "No row can be imported as it is: fix the errors in the file and upload it again."}
            {batch.errorCount > 0 && writable > 0 ? ` The ${batch.errorCount.toLocaleString("en")} row${batch.errorCount === 1 ? "" : "s"} with errors will be skipped.` : ""} This preview expires on {formatStamp(batch.expiresAt)}.
          </p>
          <div className="flex flex-wrap gap-3">
            {writable > 0 ? (
              <form action={confirmImportAction.bind(null, batch.id)}>
                <Button type="submit">Import {writable.toLocaleString("en")} listing{writable === 1 ? "" : "s"}</Button>
              </form>
            ) : null}
            <form action={discardImportAction.bind(null, batch.id)}>
              <Button type="submit" variant="ghost">
                Discard
              </Button>
            </form>
          </div>
        </Card>
      ) : null}
      {batch.stalled || batch.status === "FAILED" ? (
        <form action={discardImportAction.bind(null, batch.id)}>
          <Button type="submit" variant="secondary">
            Discard this import
          </Button>
        </form>
      ) : null}

      {rows ? (
        <section aria-labelledby="rows-heading" className="flex flex-col gap-4">
          <h2 id="rows-heading" className="text-2xl">
            Rows
          </h2>
          <RowFilterNav
            batchId={batch.id}
            current={query.show as RowFilter}
            counts={{ all: batch.newCount + batch.updateCount + batch.errorCount, errors: batch.errorCount, new: batch.newCount, updates: batch.updateCount }}
          />
          <ImportRows rows={rows.rows} written={written} caption={`Rows of ${batch.fileName}`} />
          {rows.pageCount > 1 ? (
            <nav aria-label="Pages of rows" className="flex flex-wrap items-center justify-between gap-3">
              {rows.page > 1 ? <a href={`/admin/import/${batch.id}?show=${query.show}&page=${rows.page - 1}`} rel="prev">← Earlier rows</a> : <span />}
              <span className="text-sm text-ink-muted">
                Page {rows.page} of {rows.pageCount}
              </span>
              {rows.page < rows.pageCount ? <a href={`/admin/import/${batch.id}?show=${query.show}&page=${rows.page + 1}`} rel="next">Later rows →</a> : <span />}
            </nav>
          ) : null}
        </section>
      ) : null}
    </Container>
  );
}
