import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readImportFile } from "./read-file";
import { parseCsv, readSpreadsheet } from "./read-spreadsheet";
import { templateCsv } from "./template";
import { formText } from "@/lib/forms/form-text";

/** A reader's answer as an English moderator reads it (answers are message keys). */
const inEnglish = (message: string) => formText("en", message);

const encode = (text: string) => new TextEncoder().encode(text);

const HEADER = "id,name,summary,description,who_for,languages,free,register_first,babies_welcome,format,venue_type,venue_name,street_address,town,state_or_county,country,contact_email,meeting_1_how_often,meeting_1_day,meeting_1_start,meeting_1_minutes,meeting_1_first_date";
const ROW = "MH-01,New Parents Circle,A relaxed drop-in.,Tea and chat.,mothers; partners and dads,English; es,yes,no,yes,in person,Hospital,St Mary's,1 Main St,Austin,TX,United States,a@example.org,every other week,Tue,6:30 pm,90,2026-01-06";

async function firstRow(csv: string) {
  const read = await readSpreadsheet(encode(csv), "CSV");
  if (!read.ok) throw new Error(read.message);
  return read.rows[0]!;
}

describe("spreadsheet rows", () => {
  it("become the listing form's input, in the form's values, from the words people write", async () => {
    const row = await firstRow(`${HEADER}\r\n${ROW}\r\n`);
    expect(row).toMatchObject({ rowNumber: 2, externalId: "MH-01", idColumn: "id" });
    expect(row.input).toEqual({
      name: "New Parents Circle",
      summary: "A relaxed drop-in.",
      description: "Tea and chat.",
      audiences: ["MOTHERS_BIRTHING_PARENTS", "PARTNERS_DADS"],
      languages: ["en", "es"],
      isFree: "true",
      registrationRequired: "false",
      babiesWelcome: "on",
      format: "IN_PERSON",
      venueType: "HOSPITAL",
      location: { venueName: "St Mary's", addressLine1: "1 Main St", locality: "Austin", region: "TX", countryCode: "US" },
      contactEmail: "a@example.org",
      meetings: [{ frequency: "FORTNIGHTLY", weekday: "TU", startTime: "18:30", durationMinutes: "90", startDate: "2026-01-06" }],
    });
    expect(row.columns["location.locality"]).toBe("town");
    expect(row.columns["meetings[0].startTime"]).toBe("meeting_1_start");
    expect(row.raw.meeting_1_start).toBe("6:30 pm");
  });

  it("accept headers in any case and order, semicolons as separators, and Windows-1252 text", async () => {
    const csv = "Name;ID;Town\r\nCaf\xe9 Mamans;7;Montr\xe9al\r\n";
    const bytes = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
    const read = await readSpreadsheet(bytes, "CSV");
    if (!read.ok) throw new Error(read.message);
    expect(read.rows[0]!.input).toMatchObject({ name: "Café Mamans", location: { locality: "Montréal" } });
    expect(read.rows[0]!.externalId).toBe("7");
  });

  it("skip empty rows and rows whose id starts with #, keeping the spreadsheet's row numbers", async () => {
    const read = await readSpreadsheet(encode(`id,name\n# explained,x\n\n,\nA,First\n`), "CSV");
    if (!read.ok) throw new Error(read.message);
    expect(read.rows.map((r) => [r.rowNumber, r.externalId])).toEqual([[5, "A"]]);
  });

  it("report what can't be read against its column, and list columns that are not in the template", async () => {
    const read = await readSpreadsheet(encode("id,name,free,favourite_colour\nA,First,perhaps,blue\n"), "CSV");
    if (!read.ok) throw new Error(read.message);
    expect(read.rows[0]!.problems.map((p) => ({ ...p, message: inEnglish(p.message) }))).toEqual([{ column: "free", value: "perhaps", message: "Write yes or no." }]);
    expect(read.notices.map(inEnglish)).toEqual(["These columns are not in the template and were left out: favourite_colour."]);
    expect(formText("es", read.notices[0]!)).toBe("Estas columnas no están en la plantilla y no se tuvieron en cuenta: favourite_colour.");
  });

  it("keep the columns of a later meeting block when an earlier one is empty", async () => {
    const row = await firstRow("id,name,meeting_2_day,meeting_2_start\nA,First,Friday,10:00\n");
    expect(row.input.meetings).toEqual([{ weekday: "FR", startTime: "10:00" }]);
    expect(row.columns["meetings[0].startTime"]).toBe("meeting_2_start");
  });

  it("refuse a file without the template's column names", async () => {
    const notATable = await readSpreadsheet(encode("group,place\nA,B\n"), "CSV");
    expect(!notATable.ok && inEnglish(notATable.message)).toMatch(/template's column names/);
    const noRows = await readImportFile("groups.csv", encode("id,name\n"));
    expect(!noRows.ok && inEnglish(noRows.message)).toBe("The file has the column names but no rows of groups.");
  });

  it("read the template itself as no rows at all: its explanation and example rows are skipped", async () => {
    for (const locale of ["en", "es"] as const) {
      const template = templateCsv(locale);
      const table = parseCsv(encode(template));
      expect(Array.isArray(table) && table[0]![0]).toBe("id");
      expect(Array.isArray(table) && table.length).toBe(3);
      const read = await readSpreadsheet(encode(template), "CSV");
      expect(!read.ok && inEnglish(read.message)).toBe("The file has the column names but no rows of groups.");
    }
  });

  it("explain the template's columns in the moderator's language, under the same column names", () => {
    const [enHeader, enExplain] = templateCsv("en").split("\r\n");
    const [esHeader, esExplain] = templateCsv("es").split("\r\n");
    expect(esHeader).toBe(enHeader);
    expect(enExplain).toMatch(/^"?# Your own reference for the group/);
    expect(esExplain).toMatch(/^"?# Tu propia referencia para el grupo/);
  });
});

describe("Excel workbooks", () => {
  it("read the first sheet like a CSV, with dates and times as the form writes them", async () => {
    const header = ["id", "name", "meeting_1_day", "meeting_1_start", "meeting_1_first_date", "babies_welcome"].map((value) => ({ value }));
    const row = [{ value: "X1" }, { value: "Excel Circle" }, { value: "Monday" }, { value: "9:30" }, { value: new Date(Date.UTC(2026, 2, 14)), format: "yyyy-mm-dd" }, { value: true }];
    const buffer = await writeXlsxFile([header, row]).toBuffer();
    const read = await readImportFile("groups.xlsx", new Uint8Array(buffer));
    if (!read.ok) throw new Error(read.message);
    expect(read.format).toBe("XLSX");
    expect(read.rows[0]!.input).toMatchObject({ name: "Excel Circle", babiesWelcome: "on", meetings: [{ weekday: "MO", startTime: "09:30", startDate: "2026-03-14" }] });
  });
});
