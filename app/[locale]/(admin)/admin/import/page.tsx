import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ColumnReference } from "@/components/import/column-reference";
import { UploadForm } from "@/components/import/upload-form";
import { Notice } from "@/components/organiser/notice";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { formatStamp } from "@/lib/format/dates";
import { uploadImportAction } from "@/lib/import/import-actions";
import { IMPORT_KEPT_DAYS } from "@/lib/import/import-batch";
import { listRecentImports } from "@/lib/import/import-views";
import { FORMAT_NAMES } from "@/lib/import/read-file";
import { IMPORT_FORMAT_CHOICES } from "@/lib/import/upload-schema";
import { UPLOAD_LIMIT_MB } from "@/lib/import/upload-limit";

export const metadata: Metadata = { title: "Import" };

type Props = { searchParams: Promise<{ notice?: string }> };

const STATUS_WORDS = { CHECKING: "Checking", READY: "Waiting for your go-ahead", WRITING: "Writing", DONE: "Imported", FAILED: "Failed" } as const;

export default async function ImportPage({ searchParams }: Props) {
  const user = await requireModerator("/admin/import");
  const recent = await listRecentImports(await getDb(), user);
  if (!recent) notFound();
  const { notice } = await searchParams;
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">Import listings</h1>
        <p>
          Add or update many groups at once from a spreadsheet, an HSDS file or a Meeting Guide feed. You’ll see a preview of every row first: new listings, updates of
          listings imported before, and rows with problems, which are skipped. Imported listings are published straight away.
        </p>
        <Notice code={notice} messages={{ discarded: "The import was discarded. Nothing was written." }} />
      </div>
      <section aria-labelledby="template-heading" className="flex flex-col gap-3">
        <h2 id="template-heading" className="text-2xl">The spreadsheet template</h2>
        <p>Fill in one row per group, in Excel or any spreadsheet, and save it as CSV or .xlsx. The second row of the template explains each column and is skipped when you import.</p>
        <div>
          <ButtonLink href="/admin/import/template.csv" variant="secondary" download>
            Download the CSV template
          </ButtonLink>
        </div>
        <ColumnReference />
      </section>
      <section aria-labelledby="upload-heading" className="flex flex-col gap-4">
        <h2 id="upload-heading" className="text-2xl">Upload a file</h2>
        <UploadForm action={uploadImportAction} formats={IMPORT_FORMAT_CHOICES.map((value) => ({ value, label: FORMAT_NAMES[value] }))} maxMegabytes={UPLOAD_LIMIT_MB} />
      </section>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
          <h2 id="recent-heading" className="text-2xl">Recent imports</h2>
          <p className="text-sm text-ink-muted">Previews are kept for {IMPORT_KEPT_DAYS} days; the audit log keeps what was imported.</p>
          <ul className="flex flex-col divide-y divide-line">
            {recent.map((batch) => (
              <li key={batch.id} className="flex flex-col gap-0.5 py-3">
                <Link href={`/admin/import/${batch.id}`} className="font-semibold [overflow-wrap:anywhere]">
                  {batch.fileName}
                </Link>
                <span className="text-sm text-ink-muted">
                  {STATUS_WORDS[batch.status]} · {batch.total.toLocaleString("en")} {batch.total === 1 ? "row" : "rows"} · source “{batch.source}” · {formatStamp(batch.createdAt)}
                  {batch.createdBy ? ` by ${batch.createdBy}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Container>
  );
}
