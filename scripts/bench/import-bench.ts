import type { PrismaClient } from "@/lib/db/generated/client";
import { importFile } from "@/lib/import/import-file";
import { csvFile, generatedRows } from "../../tests/factories/import-files";
import { progressBar } from "../progress-bar";

// Import of a generated 10,000-row spreadsheet (the template's columns, towns from the
// gazetteer): the dry run (read and check), the real import (all new), and the same file
// again (all updates). The bench's earlier imported listings are removed first.
const SOURCE = "bench-import";

async function timed(label: string, run: () => Promise<Awaited<ReturnType<typeof importFile>>>) {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(result.message);
  const written = result.written ? `${result.written.created.length.toLocaleString("en")} new, ${result.written.updated.length.toLocaleString("en")} updated` : "nothing written";
  console.log(`${label.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s  (${(result.checked.length / seconds).toFixed(0)} rows/s; ${written})`);
}

export async function benchImport(db: PrismaClient, rows = 10_000): Promise<void> {
  console.log(`\nImport of a ${rows.toLocaleString("en")}-row CSV (npm run import)`);
  await db.group.deleteMany({ where: { importSource: SOURCE } });
  const file = { fileName: "bench-import.csv", bytes: csvFile(await generatedRows(db, rows, "BENCH")) };
  console.log(`File: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB`);
  const bar = () => {
    const bars = new Map<string, ReturnType<typeof progressBar>>();
    return {
      onProgress: (phase: string, done: number, total: number) => {
        if (!bars.has(phase)) for (const other of bars.values()) other.end();
        if (!bars.has(phase)) bars.set(phase, progressBar(phase === "checking" ? "  Checking" : "  Writing "));
        bars.get(phase)!.update(done, total);
      },
      end: () => bars.forEach((b) => b.end()),
    };
  };
  for (const [label, dryRun] of [["dry run (read and check)", true], ["import (all new)", false], ["same file again (all updates)", false]] as const) {
    const progress = bar();
    await timed(label, () => importFile(db, file, { source: SOURCE, dryRun, onProgress: progress.onProgress }).finally(progress.end));
  }
}
