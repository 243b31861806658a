import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/run-migrations";
import type { ImportFormat } from "@/lib/db/generated/enums";
import { importFile, type ImportPhase } from "@/lib/import/import-file";
import { translatorFor } from "@/lib/i18n/messages";
import { formText } from "@/lib/forms/form-text";
import { progressBar } from "./progress-bar";

// `npm run import -- FILE [--dry-run] [--source NAME] [--format csv|xlsx|hsds|meeting-guide] [--all]`:
// imports a spreadsheet made from the template (/admin/import/template.csv), an HSDS
// services file or a Meeting Guide feed, as the site's import page does. --dry-run checks and
// prints the preview and writes nothing. The source names where the data comes from (the
// file's name by default): importing again from the same source updates those listings.
const USAGE = "Usage: npm run import -- FILE [--dry-run] [--source NAME] [--format csv|xlsx|hsds|meeting-guide] [--all]";
const FORMATS: Record<string, ImportFormat> = { csv: "CSV", xlsx: "XLSX", hsds: "HSDS", "meeting-guide": "MEETING_GUIDE" };
// The command line speaks English: the site's messages, worded with the English translator.
const t = translatorFor("en", "Import");
const say = (message: string) => formText("en", message);

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean" }, source: { type: "string" }, format: { type: "string" }, all: { type: "boolean" }, help: { type: "boolean" } },
});
const file = positionals[0];
if (flags.help || !file || positionals.length > 1 || (flags.format && !FORMATS[flags.format])) {
  console.error(USAGE);
  process.exit(1);
}
if (!fs.existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(1);
}

await migrateDatabase();
const db = await getDb();
try {
  const source = flags.source ?? path.basename(file).replace(/\.[^.]+$/, "");
  const bars: Partial<Record<ImportPhase, ReturnType<typeof progressBar>>> = {};
  const started = performance.now();
  const result = await importFile(db, { fileName: path.basename(file), bytes: fs.readFileSync(file) }, {
    source,
    format: flags.format ? FORMATS[flags.format] : null,
    dryRun: flags["dry-run"],
    onProgress: (phase, done, total) => {
      if (phase === "writing") bars.checking?.end();
      (bars[phase] ??= progressBar(phase === "checking" ? "Checking" : "Writing ")).update(done, total);
    },
  });
  bars.checking?.end();
  bars.writing?.end();
  if (!result.ok) {
    console.error(say(result.message));
    process.exitCode = 1;
  } else {
    const { checked, written } = result;
    const errors = checked.filter((row) => row.outcome === "ERROR");
    console.log(`\n${t(`formats.${result.format}`)} from source “${result.source}”: ${checked.length.toLocaleString("en")} rows`);
    for (const notice of result.notices) console.log(`Note: ${say(notice)}`);
    const lines = checked.filter((row) => flags.all || row.outcome === "ERROR");
    for (const row of lines.slice(0, flags.all ? undefined : 50)) {
      const what = row.name ? `“${row.name}”` : `id ${row.externalId ?? "(none)"}`;
      if (row.outcome === "NEW") console.log(`  row ${row.rowNumber}: new ${what}`);
      else if (row.outcome === "UPDATE") console.log(`  row ${row.rowNumber}: update of “${row.existing.name}” (/groups/${row.existing.slug})`);
      else for (const p of row.problems) console.log(`  row ${row.rowNumber}: error: ${p.column}, “${p.value}”: ${say(p.message)}`);
    }
    if (lines.length > 50 && !flags.all) console.log(`  … and ${lines.length - 50} more rows with errors (--all lists every row)`);
    const count = (outcome: string) => checked.filter((row) => row.outcome === outcome).length.toLocaleString("en");
    console.log(`\nPreview: ${count("NEW")} new, ${count("UPDATE")} updates, ${errors.length.toLocaleString("en")} with errors (skipped).`);
    if (written) {
      console.log(`Imported: ${written.created.length.toLocaleString("en")} new and ${written.updated.length.toLocaleString("en")} updated listings, published, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      for (const refused of written.refused) console.log(`  not written: row ${checked[refused.index]?.rowNumber}: ${say(refused.problems[0]?.message ?? "")}`);
    } else console.log("Dry run: nothing was written.");
  }
} finally {
  await closeDb();
}
