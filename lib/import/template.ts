import { SPREADSHEET_COLUMNS, TEMPLATE_MEETINGS } from "./spreadsheet-columns";

// The downloadable CSV template: the column names, a row explaining each one, and an
// example row. Both extra rows start with "#" in the id column, so an importer skips them
// and a filled-in template can be imported as it is.

/** One CSV line, quoting cells that need it (RFC 4180). */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n;]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");
}

/** The template's columns: everything but meetings past TEMPLATE_MEETINGS (they work the same way). */
export const templateColumns = () => SPREADSHEET_COLUMNS.filter((c) => !/^meeting_(\d+)_/.test(c.header) || Number(/^meeting_(\d+)_/.exec(c.header)![1]) <= TEMPLATE_MEETINGS);

export function templateCsv(): string {
  const columns = templateColumns();
  const lines = [
    columns.map((c) => c.header),
    columns.map((c, i) => (i === 0 ? `# ${c.explain}` : c.explain)),
    columns.map((c, i) => (i === 0 ? "# example" : c.example)),
  ];
  // A byte-order mark, so Excel opens the file as UTF-8.
  return `\uFEFF${lines.map(csvLine).join("\r\n")}\r\n`;
}
