import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { formMessage } from "@/lib/forms/form-message";
import { fieldErrors, problemSummary, type FieldErrors } from "@/lib/forms/form-state";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { RowChecker, type CheckedRow } from "./check-rows";
import type { ImportRow, RowProblem } from "./import-row";
import { readImportFile } from "./read-file";
import { uploadSchema } from "./upload-schema";
import { formText } from "@/lib/forms/form-text";
import { ImportConflict, writeRows, type WritableRow, type WriteResult } from "./write-rows";

// An import on the site, step by step, kept in the database (any instance can show it):
// startImport stores the upload, checkImport fills in the preview a chunk at a time,
// confirmImport and writeImport write it once the moderator says so. Every step checks the
// moderator itself. checkImport and writeImport run after the response (the page shows
// their progress); a server that stops half-way leaves the batch "stalled", nothing written.
// Every message here, and the notices and failure a batch keeps, is a message key
// (lib/forms/form-message.ts), worded in the moderator's language when shown.

/** A preview holds contact emails; it is deleted this long after the upload. */
export const IMPORT_KEPT_DAYS = 7;
/** No progress for this long: the server running the step stopped. */
export const STALLED_AFTER_MS = 5 * 60_000;
const CHECK_CHUNK = 250;
const ROW_CHUNK = 1_000;

export type StartResult = { ok: true; batchId: string; rows: ImportRow[] } | { ok: false; message: string; errors?: FieldErrors };

const forbidden = { ok: false as const, message: formMessage("Import.onlyModerators") };

/** Stores an upload as a batch waiting to be checked; its rows go to checkImport. */
export async function startImport(
  db: PrismaClient,
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array; source: unknown; format?: unknown },
  now = new Date(),
): Promise<StartResult> {
  if (!canModerate(actor) || !actor) return forbidden;
  const fields = uploadSchema.safeParse({ source: upload.source, format: upload.format });
  if (!fields.success) {
    const errors = fieldErrors(fields.error);
    return { ok: false, message: problemSummary(errors), errors };
  }
  const read = await readImportFile(upload.fileName, upload.bytes, { format: fields.data.format, today: now.toISOString().slice(0, 10) });
  if (!read.ok) return { ok: false, message: read.message, errors: { file: [read.message] } };
  await db.importBatch.deleteMany({ where: { expiresAt: { lt: now }, status: { not: "WRITING" } } });
  const batch = await db.importBatch.create({
    data: {
      format: read.format,
      fileName: upload.fileName.slice(0, 200),
      source: fields.data.source,
      total: read.rows.length,
      notices: read.notices,
      createdById: actor.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + IMPORT_KEPT_DAYS * 24 * 3600_000),
    },
    select: { id: true },
  });
  return { ok: true, batchId: batch.id, rows: read.rows };
}

const rowData = (batchId: string, row: CheckedRow) => ({
  batchId,
  index: row.index,
  rowNumber: row.rowNumber,
  externalId: row.externalId,
  name: row.name?.slice(0, 200) ?? null,
  outcome: row.outcome,
  groupId: row.outcome === "UPDATE" ? row.groupId : null,
  problems: row.outcome === "ERROR" ? (row.problems as unknown as Prisma.InputJsonValue) : undefined,
  values: row.outcome === "ERROR" ? undefined : (row.values as unknown as Prisma.InputJsonValue),
});

export type Progress = (done: number, total: number) => void;

/** Checks every row and stores the preview, updating the batch's progress after each chunk. */
export async function checkImport(db: PrismaClient, batchId: string, rows: readonly ImportRow[], onProgress: Progress = () => {}): Promise<void> {
  try {
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId }, select: { source: true } });
    const checker = new RowChecker(db, batch.source, rows);
    const counts = { newCount: 0, updateCount: 0, errorCount: 0 };
    for (let i = 0; i < rows.length; i += CHECK_CHUNK) {
      const checked = await checker.check(rows.slice(i, i + CHECK_CHUNK), i);
      for (const row of checked) counts[row.outcome === "NEW" ? "newCount" : row.outcome === "UPDATE" ? "updateCount" : "errorCount"] += 1;
      await db.importBatchRow.createMany({ data: checked.map((row) => rowData(batchId, row)) });
      const done = Math.min(rows.length, i + CHECK_CHUNK);
      await db.importBatch.update({ where: { id: batchId }, data: { processed: done, ...counts } });
      onProgress(done, rows.length);
    }
    await db.importBatch.update({ where: { id: batchId }, data: { status: "READY", ...counts } });
  } catch (error) {
    await failImport(db, batchId, formMessage("Import.checkFailed"), error);
  }
}

async function failImport(db: PrismaClient, batchId: string, message: string, error: unknown): Promise<void> {
  console.error(`Import ${batchId}: ${formText("en", message)}`, error);
  await db.importBatch.updateMany({ where: { id: batchId }, data: { status: "FAILED", failure: message, finishedAt: new Date() } }).catch(() => {});
}

export type ConfirmResult = { ok: true } | { ok: false; message: string };

/** The moderator's go-ahead: a previewed batch moves to WRITING, once (a second click finds it moved). */
export async function confirmImport(db: PrismaClient, actor: Actor, batchId: string, now = new Date()): Promise<ConfirmResult> {
  if (!canModerate(actor)) return forbidden;
  const { count } = await db.importBatch.updateMany({ where: { id: batchId, status: "READY", expiresAt: { gt: now } }, data: { status: "WRITING", processed: 0 } });
  if (count === 1) return { ok: true };
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { status: true } });
  if (!batch) return { ok: false, message: formMessage("Import.importGone") };
  return { ok: false, message: batch.status === "READY" ? formMessage("Import.previewExpired") : formMessage("Import.alreadyConfirmed") };
}

/** Progress of a write, seen by other requests: on PostgreSQL at once, on PGlite (one connection) after it commits. */
function progressWriter(db: PrismaClient, batchId: string): Progress {
  let last = 0;
  return (done) => {
    if (Date.now() - last < 1_000) return;
    last = Date.now();
    // Not awaited: on PGlite this waits for the import's own transaction to end.
    void db.importBatch.updateMany({ where: { id: batchId, status: "WRITING" }, data: { processed: done } }).catch(() => {});
  };
}

async function recordResult(tx: Prisma.TransactionClient, batchId: string, result: WriteResult): Promise<void> {
  const written = [...result.created, ...result.updated];
  for (let i = 0; i < written.length; i += ROW_CHUNK) {
    await tx.$executeRawUnsafe(
      `UPDATE "ImportBatchRow" r SET "groupId" = x."groupId" FROM json_to_recordset($2::json) AS x("index" int, "groupId" text) WHERE r."batchId" = $1 AND r."index" = x."index"`,
      batchId,
      JSON.stringify(written.slice(i, i + ROW_CHUNK)),
    );
  }
  for (const refused of result.refused) {
    await tx.importBatchRow.update({ where: { batchId_index: { batchId, index: refused.index } }, data: { outcome: "ERROR", problems: refused.problems as unknown as Prisma.InputJsonValue, values: undefined } });
  }
  await tx.importBatch.update({
    where: { id: batchId },
    data: {
      status: "DONE",
      processed: written.length + result.refused.length,
      newCount: result.created.length,
      updateCount: result.updated.length,
      errorCount: { increment: result.refused.length },
      finishedAt: new Date(),
    },
  });
}

/** Writes a confirmed batch's rows (errors left out) in one transaction, with the batch's outcome. */
export async function writeImport(db: PrismaClient, actor: Actor, batchId: string, onProgress?: Progress): Promise<void> {
  try {
    if (!canModerate(actor) || !actor) throw new Error("only moderators can import listings");
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true, source: true, fileName: true } });
    if (batch.status !== "WRITING") throw new Error(`Import ${batchId} is ${batch.status}, not confirmed.`);
    const rows: WritableRow[] = [];
    for (let index = 0; ; ) {
      const chunk = await db.importBatchRow.findMany({
        where: { batchId, outcome: { not: "ERROR" }, index: { gte: index } },
        orderBy: { index: "asc" },
        take: ROW_CHUNK,
        select: { index: true, rowNumber: true, externalId: true, values: true },
      });
      for (const r of chunk) rows.push({ index: r.index, rowNumber: r.rowNumber, externalId: r.externalId, values: r.values as unknown as ListingValues });
      if (chunk.length < ROW_CHUNK) break;
      index = chunk.at(-1)!.index + 1;
    }
    const site = progressWriter(db, batchId);
    await writeRows(db, { actorId: actor.id, via: "site" }, { id: batchId, ...batch }, rows, {
      onProgress: (done, total) => {
        site(done, total);
        onProgress?.(done, total);
      },
      finish: (tx, result) => recordResult(tx, batchId, result),
    });
  } catch (error) {
    const message = error instanceof ImportConflict ? error.message : formMessage("Import.writeFailed");
    await failImport(db, batchId, message, error);
  }
}

export type DiscardResult = { ok: true } | { ok: false; message: string };

/** Throws a preview away (not while it is being written). */
export async function discardImport(db: PrismaClient, actor: Actor, batchId: string): Promise<DiscardResult> {
  if (!canModerate(actor)) return forbidden;
  const { count } = await db.importBatch.deleteMany({ where: { id: batchId, status: { not: "WRITING" } } });
  return count === 1 ? { ok: true } : { ok: false, message: formMessage("Import.cannotDiscard") };
}

export type { RowProblem };
