import type { PrismaClient } from "@/lib/db/generated/client";
import { csvLine } from "@/lib/import/template";

// Spreadsheets to import, as a hospital network would fill in the template: one row per
// group, towns the gazetteer knows. Used by the import tests and `npm run bench`.

export type CsvRow = Record<string, string>;

export const CSV_HEADERS = [
  "id", "name", "summary", "description", "who_for", "languages", "free", "cost", "register_first", "babies_welcome", "wheelchair_accessible",
  "format", "venue_type", "venue_name", "street_address", "town", "state_or_county", "postcode", "country", "join_link", "time_zone", "contact_email",
  "meeting_1_how_often", "meeting_1_week", "meeting_1_day", "meeting_1_start", "meeting_1_minutes", "meeting_1_first_date",
  "meeting_2_how_often", "meeting_2_day", "meeting_2_start", "meeting_2_minutes", "meeting_2_first_date",
] as const;

export function csvFile(rows: readonly CsvRow[], headers: readonly string[] = CSV_HEADERS): Uint8Array {
  const lines = [csvLine(headers), ...rows.map((row) => csvLine(headers.map((h) => row[h] ?? "")))];
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

/** A complete in-person row in Austin, TX; `overrides` change or blank any cell. */
export function inPersonRow(id: string, overrides: CsvRow = {}): CsvRow {
  return {
    id,
    name: `Import Test Circle ${id}`,
    summary: "A relaxed weekly drop-in for new parents and babies.",
    description: "Tea, chat and a warm welcome. A midwife joins us once a month.",
    who_for: "mothers and birthing parents; partners and dads",
    languages: "English; Spanish",
    free: "yes",
    register_first: "no",
    babies_welcome: "yes",
    wheelchair_accessible: "yes",
    format: "in person",
    venue_type: "hospital",
    venue_name: "St Mary's Maternity Wing",
    street_address: "1201 W 38th St",
    town: "Austin",
    state_or_county: "TX",
    country: "US",
    contact_email: `organiser-${id.toLowerCase()}@example.org`,
    meeting_1_how_often: "every week",
    meeting_1_day: "Tuesday",
    meeting_1_start: "10:00",
    meeting_1_minutes: "90",
    meeting_1_first_date: "2026-01-06",
    ...overrides,
  };
}

const THEMES = ["New Parents Coffee Morning", "Breastfeeding Cafe", "Dads and Babies Club", "Twins Meet-up", "Postnatal Wellbeing Circle", "Baby Loss Support", "Young Parents Drop-in", "NICU Families Circle"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const STARTS = ["9:30", "10:00", "10:30", "13:00", "18:30", "7pm"];

/**
 * `count` rows spread over the gazetteer's larger US towns (as "Town, ST"), with a share of
 * online, hybrid, fortnightly and monthly groups, so every part of the import is exercised.
 */
export async function generatedRows(db: PrismaClient, count: number, prefix = "GEN"): Promise<CsvRow[]> {
  const towns = await db.place.findMany({
    where: { countryCode: "US", population: { gt: 50_000 }, adminCode: { not: null } },
    select: { name: true, adminCode: true },
    orderBy: [{ population: "desc" }, { id: "asc" }],
    take: 400,
  });
  if (towns.length === 0) throw new Error("The gazetteer is empty: load it first (npm run db:setup).");
  return Array.from({ length: count }, (_, i) => {
    const town = towns[(i * 7) % towns.length]!;
    const theme = THEMES[i % THEMES.length]!;
    const kind = i % 10 === 0 ? "online" : i % 10 === 1 ? "hybrid" : "in person";
    const online = kind !== "in person";
    const monthly = i % 6 === 0;
    return {
      id: `${prefix}-${i + 1}`,
      name: `${theme} ${i + 1}`,
      summary: `A friendly ${theme.toLowerCase()} for parents in and around ${town.name}.`,
      description: `Come as you are, with or without your baby. We share tea, questions and the small wins of the week. Group ${i + 1}.`,
      who_for: i % 3 === 0 ? "all new parents" : "mothers and birthing parents; partners and dads",
      languages: i % 4 === 0 ? "English; Spanish" : "English",
      free: i % 9 === 0 ? "no" : "yes",
      cost: i % 9 === 0 ? "$5 a session" : "",
      register_first: "no",
      babies_welcome: "yes",
      wheelchair_accessible: i % 2 === 0 ? "yes" : "no",
      format: kind,
      venue_type: kind === "online" ? "" : ["hospital", "library", "community centre", "clinic"][i % 4]!,
      venue_name: kind === "online" ? "" : `${town.name} Family Centre`,
      street_address: kind === "online" ? "" : `${100 + (i % 900)} Main Street`,
      town: kind === "online" ? "" : town.name,
      state_or_county: kind === "online" ? "" : town.adminCode!,
      country: kind === "online" ? "" : "US",
      join_link: online ? `https://meet.example.org/group-${i + 1}` : "",
      time_zone: kind === "online" ? "America/New_York" : "",
      contact_email: `group-${i + 1}@example.org`,
      meeting_1_how_often: monthly ? "monthly" : i % 5 === 0 ? "every other week" : "every week",
      meeting_1_week: monthly ? "second" : "",
      meeting_1_day: DAYS[i % DAYS.length]!,
      meeting_1_start: STARTS[i % STARTS.length]!,
      meeting_1_minutes: "90",
      meeting_1_first_date: "2026-01-05",
      ...(i % 4 === 1 && { meeting_2_how_often: "every week", meeting_2_day: "Thursday", meeting_2_start: "18:30", meeting_2_minutes: "60", meeting_2_first_date: "2026-01-08" }),
    };
  });
}
