import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { formMessage } from "@/lib/forms/form-message";
import { RowBuilder, type ImportRow, type ReadResult } from "./import-row";
import { COLUMNS_BY_HEADER, headerKey, ID_COLUMN, SPREADSHEET_COLUMNS } from "./spreadsheet-columns";

// Spreadsheets: CSV (comma, semicolon or tab separated, UTF-8 or Windows-1252, as Excel
// saves them) and Excel workbooks (.xlsx, the first sheet). Both become a table of text,
// then rows through the template's columns.

type Table = string[][];

const NOT_A_TABLE = formMessage("Import.notATable");

/** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else Windows-1252. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator the header line uses most: Excel writes ";" where "," is the decimal point. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((sep) => [sep, firstLine.split(sep).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseCsv(bytes: Uint8Array): Table | { error: string } {
  const text = decode(bytes);
  try {
    return parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as Table;
  } catch (error) {
    return { error: formMessage("Import.unreadableCsv", { error: (error as Error).message }) };
  }
}

/** An Excel cell as text: dates as 2026-03-14, times as 18:30, yes/no for ticks. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    // Excel keeps a time of day as a date on 30 December 1899.
    if (value.getUTCFullYear() < 1901) return iso.slice(11, 16);
    return iso.slice(11, 16) === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value).trim();
}

export async function parseXlsx(bytes: Uint8Array): Promise<Table | { error: string }> {
  try {
    const rows = await readSheet(Buffer.from(bytes));
    return rows.map((row) => row.map(cellText));
  } catch (error) {
    return { error: formMessage("Import.unreadableXlsx", { error: (error as Error).message }) };
  }
}

/** Template rows from a table whose first row names the columns. */
export function rowsFromTable(table: Table, format: "CSV" | "XLSX"): ReadResult {
  const [header, ...body] = table;
  if (!header) return { ok: false, message: formMessage("Import.emptyFile") };
  const keys = header.map((cell) => headerKey(cell));
  if (!keys.includes(ID_COLUMN.header) || !keys.includes("name")) return { ok: false, message: NOT_A_TABLE };
  const unknown = header.filter((cell, i) => cell.trim() !== "" && !COLUMNS_BY_HEADER.has(keys[i]!));
  const notices = unknown.length > 0 ? [formMessage("Import.unknownColumns", { columns: unknown.join(", ") })] : [];

  const rows: ImportRow[] = [];
  for (const [i, cells] of body.entries()) {
    const values = new Map(keys.map((key, column) => [key, (cells[column] ?? "").trim()]));
    const id = values.get(ID_COLUMN.header) ?? "";
    if (id.startsWith("#") || [...values.values()].every((v) => v === "")) continue;
    const row = new RowBuilder();
    row.saw(ID_COLUMN.header, id);
    row.source("meetings", "meeting_1_day");
    for (const column of SPREADSHEET_COLUMNS) if (column !== ID_COLUMN) column.read(row, values.get(column.header) ?? "", column.header);
    // The header is row 1, so the first row of data is row 2, as the spreadsheet shows it.
    rows.push(row.build(i + 2, id, ID_COLUMN.header));
  }
  if (rows.length === 0) return { ok: false, message: formMessage("Import.noRows") };
  return { ok: true, format, rows, notices };
}

export async function readSpreadsheet(bytes: Uint8Array, format: "CSV" | "XLSX"): Promise<ReadResult> {
  const table = format === "CSV" ? parseCsv(bytes) : await parseXlsx(bytes);
  if ("error" in table) return { ok: false, message: table.error };
  return rowsFromTable(table, format);
}
