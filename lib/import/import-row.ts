import type { ImportFormat } from "@/lib/db/generated/enums";

// The one shape every reader (spreadsheet, HSDS, Meeting Guide) turns a file into. A row is
// the listing as the form would post it, plus where each part came from, so a problem the
// form's rules find is reported against the file's own column and value.

/** One problem with one row, in the words of the form: "town", "Springfeld", "We couldn't find that town…". */
export type RowProblem = { column: string; value: string; message: string };

export type ImportRow = {
  /** Where a person finds the row: the spreadsheet row (the header is row 1), or the record's place in a feed (from 1). */
  rowNumber: number;
  /** The row's id in its source; "" when the file gave none (an error when checked). */
  externalId: string;
  /** The column or field the id came from, for the error about a missing or repeated one. */
  idColumn: string;
  /** The listing as the form posts it: strings, lists, `location.*`, `meetings[n].*`. */
  input: Record<string, unknown>;
  /** Form name, or the start of one ("meetings[0]"), to the file's column it came from. */
  columns: Record<string, string>;
  /** Each column's text as the file gave it. */
  raw: Record<string, string>;
  /** What the reader itself could not understand (a day that is not a day). */
  problems: RowProblem[];
  /**
   * Open-data feeds publish no private contact address: such a listing may come without
   * one (parents' messages then can't be passed on, and nobody can claim it by email).
   * The spreadsheet template asks for one, as the form does.
   */
  contactOptional?: boolean;
  /** The venue's position as the file gives it, kept when it is near the town the gazetteer finds. */
  coordinates?: { lat: number; lng: number };
};

export type ReadResult =
  | { ok: true; format: ImportFormat; rows: ImportRow[]; notices: string[] }
  | { ok: false; message: string };

/** A row under construction: sets form values and remembers their columns. */
export class RowBuilder {
  readonly input: Record<string, unknown> = {};
  readonly columns: Record<string, string> = {};
  readonly raw: Record<string, string> = {};
  readonly problems: RowProblem[] = [];

  /** Records `value` as what `column` said, without putting it anywhere yet. */
  saw(column: string, value: unknown): void {
    const text = textOf(value);
    if (text !== "") this.raw[column] = text;
  }

  /** Sets form field `name` (e.g. "location.locality", "meetings[1].startTime") from `column`. */
  set(name: string, value: unknown, column: string, rawValue: unknown = value): void {
    this.saw(column, rawValue);
    this.columns[name] ??= column;
    if (value === undefined || value === null || value === "") return;
    const path = name.split(/\.|\[(\d+)\]\.?/).filter((part) => part !== undefined && part !== "");
    let target: Record<string, unknown> | unknown[] = this.input;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
      if (last) {
        (target as Record<string | number, unknown>)[key] = value;
      } else {
        const nextIsIndex = /^\d+$/.test(path[i + 1]!);
        const container = target as Record<string | number, unknown>;
        container[key] ??= nextIsIndex ? [] : {};
        target = container[key] as Record<string, unknown>;
      }
    }
  }

  /** Maps a form name prefix (a whole meeting, "meetings[0]") to the column that best names it. */
  source(prefix: string, column: string): void {
    this.columns[prefix] ??= column;
  }

  problem(column: string, value: unknown, message: string): void {
    this.problems.push({ column, value: textOf(value), message });
  }

  build(rowNumber: number, externalId: string, idColumn: string, options: Pick<ImportRow, "contactOptional" | "coordinates"> = {}): ImportRow {
    // Meetings given in blocks 1 and 3 but not 2 are the first and second meeting; their
    // errors still name the columns they came from.
    // Array.from turns the holes of a sparse array into undefined (some() and map() skip them).
    const meetings = Array.isArray(this.input.meetings) ? Array.from(this.input.meetings as unknown[]) : null;
    if (meetings && meetings.some((m) => m === undefined)) {
      const kept = meetings.flatMap((m, i) => (m === undefined ? [] : [i]));
      const moved = Object.entries(this.columns).filter(([name]) => !/^meetings\[\d+\]/.test(name));
      for (const [to, from] of kept.entries()) {
        for (const [name, column] of Object.entries(this.columns)) {
          if (name.startsWith(`meetings[${from}]`)) moved.push([`meetings[${to}]${name.slice(`meetings[${from}]`.length)}`, column]);
        }
      }
      this.input.meetings = kept.map((i) => meetings[i]);
      return { rowNumber, externalId, idColumn, input: this.input, columns: Object.fromEntries(moved), raw: this.raw, problems: this.problems, ...options };
    }
    return { rowNumber, externalId, idColumn, input: this.input, columns: this.columns, raw: this.raw, problems: this.problems, ...options };
  }
}

/** Any cell or JSON value as the text a person would read. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join("; ");
  return JSON.stringify(value);
}
