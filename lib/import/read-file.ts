import type { ImportFormat } from "@/lib/db/generated/enums";
import { formMessage } from "@/lib/forms/form-message";
import type { ReadResult } from "./import-row";
import { hsdsServices, readHsds } from "./read-hsds";
import { meetingGuideMeetings, readMeetingGuide } from "./read-meeting-guide";
import { readSpreadsheet } from "./read-spreadsheet";

// One entry for every reader: which format a file is (by its name, else by a look inside),
// then that format's rows, all of the same shape.

/** A file larger than this is refused before it is read: a batch is meant to be checked by a person. */
export const MAX_ROWS = 20_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The format of a file, from its name and first bytes; null when it is none we read. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (ZIP.every((b, i) => bytes[i] === b)) return name.endsWith(".xlsx") || !/\.(csv|json|ndjson|jsonl|txt)$/.test(name) ? "XLSX" : null;
  if (/\.(csv|tsv|txt)$/.test(name)) return "CSV";
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("[") || head.startsWith("{")) {
    const text = new TextDecoder().decode(bytes);
    const meetings = meetingGuideMeetings(text);
    if (meetings && meetings.length > 0 && meetings.every((m) => "slug" in m && !("service_at_locations" in m))) return "MEETING_GUIDE";
    return hsdsServices(text) ? "HSDS" : null;
  }
  return /\.(json|ndjson|jsonl)$/.test(name) ? "HSDS" : "CSV";
}

/** Reads a file as `format` (detected when not given) into rows; a whole-file problem says what is wrong (a message key). */
export async function readImportFile(fileName: string, bytes: Uint8Array, options: { format?: ImportFormat | null; today?: string } = {}): Promise<ReadResult> {
  const format = options.format ?? detectFormat(fileName, bytes);
  if (!format) return { ok: false, message: formMessage("Import.unknownFormat") };
  let result: ReadResult;
  if (format === "CSV" || format === "XLSX") result = await readSpreadsheet(bytes, format);
  else {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
    if (format === "HSDS") {
      const services = hsdsServices(text);
      result = services ? { ok: true, format, rows: readHsds(services), notices: [] } : { ok: false, message: formMessage("Import.notHsds") };
    } else {
      const meetings = meetingGuideMeetings(text);
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      result = meetings ? { ok: true, format, rows: readMeetingGuide(meetings, today), notices: [] } : { ok: false, message: formMessage("Import.notMeetingGuide") };
    }
  }
  if (result.ok && result.rows.length === 0) return { ok: false, message: formMessage("Import.noGroups") };
  if (result.ok && result.rows.length > MAX_ROWS) return { ok: false, message: formMessage("Import.tooManyGroups", { count: result.rows.length, max: MAX_ROWS }) };
  return result;
}
