import type { ImportFormat, PrismaClient } from "@/lib/db/generated/client";
import { slugify } from "@/lib/listings/slug";
import { RowChecker, writableRows, type CheckedRow } from "./check-rows";
import { readImportFile } from "./read-file";
import { writeRows, type WriteResult } from "./write-rows";

// An import in one go, for the command line and the benchmark: read, check, and (unless it
// is a dry run) write, with the same steps as the site's preview and confirmation.

export type ImportPhase = "checking" | "writing";

export type FileImport =
  | { ok: false; message: string }
  | { ok: true; format: ImportFormat; source: string; notices: string[]; checked: CheckedRow[]; written: WriteResult | null };

const CHECK_CHUNK = 250;

export async function importFile(
  db: PrismaClient,
  file: { fileName: string; bytes: Uint8Array },
  options: { source: string; format?: ImportFormat | null; dryRun?: boolean; now?: Date; onProgress?: (phase: ImportPhase, done: number, total: number) => void },
): Promise<FileImport> {
  const source = slugify(options.source);
  if (!source) return { ok: false, message: "Name the source with letters or digits (--source)." };
  const now = options.now ?? new Date();
  const read = await readImportFile(file.fileName, file.bytes, { format: options.format, today: now.toISOString().slice(0, 10) });
  if (!read.ok) return read;
  const progress = options.onProgress ?? (() => {});
  const checker = new RowChecker(db, source, read.rows);
  const checked: CheckedRow[] = [];
  for (let i = 0; i < read.rows.length; i += CHECK_CHUNK) {
    checked.push(...(await checker.check(read.rows.slice(i, i + CHECK_CHUNK), i)));
    progress("checking", checked.length, read.rows.length);
  }
  const written = options.dryRun
    ? null
    : await writeRows(db, { actorId: null, via: "command line" }, { id: null, source, fileName: file.fileName }, writableRows(checked), { now, onProgress: (done, total) => progress("writing", done, total) });
  return { ok: true, format: read.format, source, notices: read.notices, checked, written };
}
