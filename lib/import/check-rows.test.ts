import { describe, expect, it } from "vitest";
import { checkAgainstForm } from "./check-rows";
import { RowBuilder } from "./import-row";
import { readSpreadsheet } from "./read-spreadsheet";
import { columnWords, SPREADSHEET_COLUMNS } from "./spreadsheet-columns";
import { formText } from "@/lib/forms/form-text";

// The database-free half of the import check: the listing form's schema, with its errors
// pointed at the file's columns (the gazetteer half is in tests/integration/import.test.ts).

const complete: Record<string, string> = {
  id: "A1", name: "Circle", summary: "A drop-in.", description: "Tea and chat.", who_for: "all new parents", languages: "English", free: "yes", register_first: "no",
  format: "in person", venue_type: "library", venue_name: "Library", street_address: "1 Main St", town: "Austin", country: "US", contact_email: "a@example.org",
  meeting_1_how_often: "every week", meeting_1_day: "Tuesday", meeting_1_start: "10:00", meeting_1_minutes: "90", meeting_1_first_date: "2026-01-06",
};

/** The form's answers as an English moderator reads them (they are stored as message keys). */
const problemsOf = (row: Parameters<typeof checkAgainstForm>[0]) => checkAgainstForm(row).problems.map((p) => ({ ...p, message: formText("en", p.message) }));

async function rowWith(cells: Record<string, string>) {
  const headers = Object.keys(cells);
  const csv = `${headers.join(",")}\n${headers.map((h) => `"${cells[h]}"`).join(",")}\n`;
  const read = await readSpreadsheet(new TextEncoder().encode(csv), "CSV");
  if (!read.ok) throw new Error(read.message);
  return read.rows[0]!;
}

describe("the form's rules on an imported row", () => {
  it("accept a complete row with the values the form would store", async () => {
    const { values, problems } = checkAgainstForm(await rowWith(complete));
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ name: "Circle", isFree: true, registrationRequired: false, babiesWelcome: false, format: "IN_PERSON", meetings: [{ startTime: "10:00", durationMinutes: 90, frequency: "WEEKLY" }] });
  });

  it("report each problem with the column, the value as written and the form's own words", async () => {
    const problems = problemsOf(await rowWith({ ...complete, name: "", free: "no", cost: "", venue_type: "castle", meeting_1_minutes: "5", meeting_1_first_date: "14/03/2026", website: "example.org" }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { column: "name", value: "", message: "Give your group a name." },
        { column: "cost", value: "", message: "Say what it costs, for example “$5 a session”." },
        { column: "venue_type", value: "castle", message: "Choose the kind of venue from the list." },
        { column: "meeting_1_minutes", value: "5", message: "A meeting lasts at least 15 minutes." },
        { column: "meeting_1_first_date", value: "14/03/2026", message: "Write the date like 2026-03-14." },
        { column: "website", value: "example.org", message: "Links must start with http:// or https://" },
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it("ask for a meeting when there is none, against the first meeting's columns", async () => {
    const cells = Object.fromEntries(Object.entries(complete).filter(([k]) => !k.startsWith("meeting_")));
    expect(problemsOf(await rowWith(cells))).toEqual([{ column: "meeting_1_day", value: "", message: "Add at least one meeting: its day, time and first date." }]);
  });

  it("let an open-data row come without a contact address, but not a spreadsheet row", async () => {
    const row = await rowWith({ ...complete, contact_email: "" });
    expect(problemsOf(row)).toEqual([{ column: "contact_email", value: "", message: "Give an email address where we can pass on messages from parents." }]);
    const feed = { ...row, contactOptional: true };
    expect(checkAgainstForm(feed)).toMatchObject({ problems: [], noContact: true });
  });

  it("fall back to the id's column for a problem with no column of its own", () => {
    const row = new RowBuilder().build(3, "X", "slug");
    expect(problemsOf(row).find((p) => p.message === "Give your group a name.")).toEqual({ column: "slug", value: "", message: "Give your group a name." });
  });
});

describe("the template's columns", () => {
  it("are all different and each says what to write", () => {
    const headers = SPREADSHEET_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    for (const locale of ["en", "es"] as const) {
      const words = columnWords(locale);
      for (const column of SPREADSHEET_COLUMNS) expect(words(column).explain.length, `${locale} ${column.header}`).toBeGreaterThan(10);
    }
  });

  it("are explained in Spanish with words the reader understands: the Spanish template's example row imports as it is", async () => {
    const words = columnWords("es");
    const example = Object.fromEntries(SPREADSHEET_COLUMNS.map((column) => [column.header, words(column).example]).filter(([, example]) => example !== ""));
    expect(example).toMatchObject({ free: "sí", meeting_1_how_often: "cada semana", meeting_1_day: "martes", format: "en persona" });
    const { values, problems } = checkAgainstForm(await rowWith({ ...example, id: "ES-1" }));
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ isFree: true, languages: ["en", "es"], audiences: ["MOTHERS_BIRTHING_PARENTS", "PARTNERS_DADS"], format: "IN_PERSON", meetings: [{ frequency: "WEEKLY", weekday: "TU" }] });
  });
});
