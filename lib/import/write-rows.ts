import { formMessage } from "@/lib/forms/form-message";
import { Prisma, type ListingStatus, type PrismaClient } from "@/lib/db/generated/client";
import { insertRows, sortableId } from "@/lib/db/insert-rows";
import { createListings, replaceListingValues } from "@/lib/listings/bulk-listings";
import { changeListingStatuses } from "@/lib/listings/change-status";
import type { ListingValues } from "@/lib/listings/listing-schema";
import type { RowProblem } from "./import-row";

// Writing an import: every row that passed its check, in one transaction, each with its audit
// entry, so a failure half-way leaves nothing behind. Imports are a moderator's (or the
// command line's) and are published as they are written, through the lifecycle's own
// transitions. Whether a row is new or an update is decided again here, against the listings
// as they are now: another import may have run since the preview.

export type Importer = { actorId: string | null; via: "site" | "command line" };

/** A row that passed its check (new or update: decided again when written). */
export type WritableRow = { index: number; rowNumber: number; externalId: string | null; values: ListingValues };

export type WriteResult = {
  created: { index: number; groupId: string }[];
  updated: { index: number; groupId: string }[];
  /** Rows the check passed that can't be written any more (their listing was archived since). */
  refused: { index: number; problems: RowProblem[] }[];
};

export type WriteProgress = (done: number, total: number) => void;

type Existing = { id: string; status: ListingStatus; externalId: string; name: string };

const CHUNK = 1_000;
const TRANSACTION = { timeout: 15 * 60_000, maxWait: 60_000 } as const;

/** Thrown inside the transaction to roll it back with a reason for the moderator. */
/** Thrown when listings changed under a write; its message is a message key. */
export class ImportConflict extends Error {}

/** How an existing listing reaches PUBLISHED when an import rewrites it; absent: it can't. */
const ROUTES: Partial<Record<ListingStatus, ListingStatus[]>> = {
  PUBLISHED: ["PUBLISHED"],
  PENDING: ["PUBLISHED"],
  CHANGES_REQUESTED: ["PENDING", "PUBLISHED"],
};

async function lockExisting(tx: Prisma.TransactionClient, source: string, ids: string[]): Promise<Map<string, Existing>> {
  const found = new Map<string, Existing>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx.$queryRaw<Existing[]>`
      SELECT "id", "status", "externalId", "name" FROM "Group"
      WHERE "importSource" = ${source} AND "externalId" = ANY(${ids.slice(i, i + CHUNK)}::text[]) FOR UPDATE`;
    for (const row of rows) found.set(row.externalId, row);
  }
  return found;
}

async function publish(tx: Prisma.TransactionClient, groups: { id: string; status: ListingStatus }[], now: Date): Promise<void> {
  const byStatus = new Map<ListingStatus, string[]>();
  for (const g of groups) byStatus.set(g.status, [...(byStatus.get(g.status) ?? []), g.id]);
  for (const [status, ids] of byStatus) {
    let from = status;
    for (const to of ROUTES[status] ?? []) {
      const moved = await changeListingStatuses(tx, ids, { from, to, who: "moderator", now });
      if (moved !== ids.length) throw new ImportConflict(formMessage("Import.changedWhileWriting"));
      from = to;
    }
  }
}

async function writeInTransaction(
  tx: Prisma.TransactionClient,
  importer: Importer,
  batch: { id: string | null; source: string; fileName: string },
  rows: readonly WritableRow[],
  now: Date,
  onProgress: WriteProgress,
): Promise<WriteResult> {
  const existing = await lockExisting(tx, batch.source, rows.map((r) => r.externalId!));
  const result: WriteResult = { created: [], updated: [], refused: [] };
  const news: WritableRow[] = [];
  const updates: { row: WritableRow; group: Existing }[] = [];
  for (const row of rows) {
    const group = existing.get(row.externalId!);
    if (!group) news.push(row);
    else if (ROUTES[group.status]) updates.push({ row, group });
    else result.refused.push({ index: row.index, problems: [{ column: "id", value: row.externalId!, message: formMessage("Import.closedWhileWaiting", { name: group.name, status: group.status }) }] });
  }
  const total = rows.length;
  let done = result.refused.length;
  onProgress(done, total);

  const takenSlugs = new Set<string>();
  for (let i = 0; i < news.length; i += CHUNK) {
    const chunk = news.slice(i, i + CHUNK);
    const created = await createListings(tx, chunk.map((row) => ({ values: row.values, extras: { importSource: batch.source, externalId: row.externalId } })), now, { approvedBy: "moderator", takenSlugs });
    chunk.forEach((row, j) => result.created.push({ index: row.index, groupId: created[j]!.id }));
    onProgress((done += chunk.length), total);
  }
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK);
    await replaceListingValues(tx, chunk.map(({ row, group }) => ({ groupId: group.id, values: row.values })), now, { confirmedAt: now });
    await publish(tx, chunk.map(({ group }) => group), now);
    for (const { row, group } of chunk) result.updated.push({ index: row.index, groupId: group.id });
    onProgress((done += chunk.length), total);
  }

  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const entries = [...result.created.map((c) => ({ ...c, change: "new" })), ...result.updated.map((u) => ({ ...u, change: "update" }))].map(({ index, groupId, change }) => {
    const row = byIndex.get(index)!;
    return {
      id: sortableId(),
      action: "IMPORTED" as const,
      actorId: importer.actorId,
      groupId,
      createdAt: now,
      details: { change, source: batch.source, externalId: row.externalId, file: batch.fileName, row: row.rowNumber, batchId: batch.id, via: importer.via },
    };
  });
  for (let i = 0; i < entries.length; i += CHUNK) await insertRows(tx, "AuditEntry", entries.slice(i, i + CHUNK) satisfies Prisma.AuditEntryCreateManyInput[]);
  return result;
}

/**
 * Writes checked rows (errors left out) in one transaction. `finish` runs inside it last,
 * so what the caller records about the import commits with the listings or not at all.
 * Two imports making the same new slug at once collide on the unique index: the loser
 * starts again and sees the other's listings.
 */
export async function writeRows(
  db: PrismaClient,
  importer: Importer,
  batch: { id: string | null; source: string; fileName: string },
  rows: readonly WritableRow[],
  options: { now?: Date; onProgress?: WriteProgress; finish?: (tx: Prisma.TransactionClient, result: WriteResult) => Promise<void> } = {},
): Promise<WriteResult> {
  const now = options.now ?? new Date();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const result = await writeInTransaction(tx, importer, batch, rows, now, options.onProgress ?? (() => {}));
        await options.finish?.(tx, result);
        return result;
      }, TRANSACTION);
    } catch (error) {
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!unique || attempt >= 3) throw error;
    }
  }
}
