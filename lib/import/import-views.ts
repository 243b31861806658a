import type { ImportFormat, ImportRowOutcome, ImportStatus, PrismaClient } from "@/lib/db/generated/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import type { RowProblem } from "./import-row";
import { STALLED_AFTER_MS } from "./import-batch";

// Reads for the import pages, moderators only (null for anyone else, whatever the layout checked).

export const ROWS_PER_PAGE = 100;

export type ImportSummary = {
  id: string;
  status: ImportStatus;
  format: ImportFormat;
  fileName: string;
  source: string;
  total: number;
  processed: number;
  newCount: number;
  updateCount: number;
  errorCount: number;
  failure: string | null;
  notices: string[];
  createdAt: Date;
  expiresAt: Date;
  finishedAt: Date | null;
  createdBy: string | null;
  /** Checking or writing, with no progress for STALLED_AFTER_MS: the server doing it stopped. */
  stalled: boolean;
};

const summarySelect = {
  id: true, status: true, format: true, fileName: true, source: true, total: true, processed: true, newCount: true, updateCount: true, errorCount: true,
  failure: true, notices: true, createdAt: true, updatedAt: true, expiresAt: true, finishedAt: true, createdBy: { select: { name: true, email: true } },
} as const;

type SummaryRecord = { updatedAt: Date; createdBy: { name: string | null; email: string } | null } & Omit<ImportSummary, "stalled" | "createdBy">;

function toSummary({ updatedAt, createdBy, ...batch }: SummaryRecord, now: Date): ImportSummary {
  const running = batch.status === "CHECKING" || batch.status === "WRITING";
  return { ...batch, createdBy: createdBy ? (createdBy.name ?? createdBy.email) : null, stalled: running && now.getTime() - updatedAt.getTime() > STALLED_AFTER_MS };
}

export async function getImportSummary(db: PrismaClient, actor: Actor, batchId: string, now = new Date()): Promise<ImportSummary | null> {
  if (!canModerate(actor)) return null;
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: summarySelect });
  return batch ? toSummary(batch, now) : null;
}

export async function listRecentImports(db: PrismaClient, actor: Actor, now = new Date()): Promise<ImportSummary[] | null> {
  if (!canModerate(actor)) return null;
  const batches = await db.importBatch.findMany({ where: { expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, take: 10, select: summarySelect });
  return batches.map((b) => toSummary(b, now));
}

export type ImportRowView = {
  rowNumber: number;
  externalId: string | null;
  name: string | null;
  outcome: ImportRowOutcome;
  problems: RowProblem[];
  /** The listing an update changes, or the one the row made. */
  listing: { id: string; name: string; slug: string; status: string; claimed: boolean } | null;
};

export type ImportRowsPage = { rows: ImportRowView[]; total: number; page: number; pageCount: number };

/** One page of a batch's rows, in file order, optionally of one outcome. */
export async function listImportRows(db: PrismaClient, actor: Actor, batchId: string, options: { outcome?: ImportRowOutcome; page: number }): Promise<ImportRowsPage | null> {
  if (!canModerate(actor)) return null;
  const where = { batchId, ...(options.outcome && { outcome: options.outcome }) };
  const total = await db.importBatchRow.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = await db.importBatchRow.findMany({
    where,
    orderBy: { index: "asc" },
    skip: (page - 1) * ROWS_PER_PAGE,
    take: ROWS_PER_PAGE,
    select: { rowNumber: true, externalId: true, name: true, outcome: true, problems: true, groupId: true },
  });
  const ids = rows.map((r) => r.groupId).filter((id): id is string => Boolean(id));
  const groups = new Map((await db.group.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true, status: true, organiserId: true } })).map((g) => [g.id, g]));
  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => {
      const group = r.groupId ? groups.get(r.groupId) : undefined;
      return {
        rowNumber: r.rowNumber,
        externalId: r.externalId,
        name: r.name,
        outcome: r.outcome,
        problems: (r.problems as RowProblem[] | null) ?? [],
        listing: group ? { id: group.id, name: group.name, slug: group.slug, status: group.status, claimed: group.organiserId !== null } : null,
      };
    }),
  };
}
