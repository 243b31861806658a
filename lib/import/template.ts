import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { columnWords, SPREADSHEET_COLUMNS, TEMPLATE_MEETINGS } from "./spreadsheet-columns";

// The downloadable CSV template: the column names, a row explaining each one, and an
// example row, worded in the moderator's language (the column names stay as they are: the
// reader knows them). Both extra rows start with "#" in the id column, so an importer skips
// them and a filled-in template can be imported as it is.

/** One CSV line, quoting cells that need it (RFC 4180). */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n;]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");
}

/** The template's columns: everything but meetings past TEMPLATE_MEETINGS (they work the same way). */
export const templateColumns = () => SPREADSHEET_COLUMNS.filter((c) => !/^meeting_(\d+)_/.test(c.header) || Number(/^meeting_(\d+)_/.exec(c.header)![1]) <= TEMPLATE_MEETINGS);

export function templateCsv(locale: Locale = routing.defaultLocale): string {
  const columns = templateColumns();
  const words = columns.map(columnWords(locale));
  const lines = [
    columns.map((c) => c.header),
    words.map((w, i) => (i === 0 ? `# ${w.explain}` : w.explain)),
    words.map((w, i) => (i === 0 ? `# ${translatorFor(locale, "Import")("columnsGuide.exampleRow")}` : w.example)),
  ];
  // A byte-order mark, so Excel opens the file as UTF-8.
  return `\uFEFF${lines.map(csvLine).join("\r\n")}\r\n`;
}
