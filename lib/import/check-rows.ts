import type { ListingStatus, PrismaClient } from "@/lib/db/generated/client";
import { formMessage } from "@/lib/forms/form-message";
import { fieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import { listingSchema, type ListingValues } from "@/lib/listings/listing-schema";
import { resolveListingValues, resolveVenue, type ListingLookups, type Venue } from "@/lib/listings/resolve-listing";
import { normalizeForSearch } from "@/lib/text/normalize";
import type { ImportRow, RowProblem } from "./import-row";

// The one check every imported row goes through, whatever file it came from: the listing
// form's own schema, then the same gazetteer and language checks as the form (an unknown
// town is an error), then whether the source already gave us this listing. Problems are
// reported against the file's column, with the form's words (message keys, stored with the
// rows and worded in the moderator's language when shown).

export type CheckedRow = { index: number; rowNumber: number; externalId: string | null; name: string | null } & (
  | { outcome: "NEW"; values: ListingValues }
  | { outcome: "UPDATE"; values: ListingValues; groupId: string; existing: ExistingListing }
  | { outcome: "ERROR"; problems: RowProblem[] }
);

export type ExistingListing = { id: string; name: string; slug: string; status: ListingStatus; organiserId: string | null };

export const MISSING_ID = formMessage("Import.missingId");

/** A file's own position for the venue is kept when it is this close to the town the gazetteer found. */
const NEAR_KM = 50;

function kilometresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The venue at the file's own coordinates (a street, not the town's centre) when they agree with the gazetteer's town. */
function withFileCoordinates(values: ListingValues, coordinates: ImportRow["coordinates"]): ListingValues {
  const venue = values.location;
  if (!venue || !coordinates || venue.lat === null || venue.lng === null) return values;
  if (Math.abs(coordinates.lat) > 90 || Math.abs(coordinates.lng) > 180 || kilometresBetween({ lat: venue.lat, lng: venue.lng }, coordinates) > NEAR_KM) return values;
  return { ...values, location: { ...venue, ...coordinates } };
}

/** The rows an import writes: every one that passed its check. */
export const writableRows = (rows: readonly CheckedRow[]) => rows.flatMap((row) => (row.outcome === "ERROR" ? [] : [row]));

/** Stands in for a feed's missing contact address while the form's rules are checked (as the seed does). */
const NO_CONTACT = "no-contact@example.invalid";

/** Listings an import doesn't bring back. */
const CLOSED: readonly ListingStatus[] = ["ARCHIVED", "REJECTED"];

/** "meetings[0]" for "meetings[0].startTime", "meetings" for "meetings[0]", "" at the top. */
function parentName(name: string): string {
  const parent = name.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
  return parent === name ? "" : parent;
}

/** The form name's own column, or the nearest enclosing one's. */
function columnFor(row: ImportRow, key: string): string {
  for (let name = key; name; name = parentName(name)) {
    const column = row.columns[name];
    if (column) return column;
  }
  return row.idColumn;
}

function problemsOf(row: ImportRow, errors: FieldErrors): RowProblem[] {
  return Object.entries(errors).flatMap(([key, messages]) => {
    const column = columnFor(row, key);
    return messages.map((message) => ({ column, value: row.raw[column] ?? "", message }));
  });
}

/**
 * The part of the check that needs no database: what the reader could not read, then the
 * listing form's own schema. Values come back when the schema accepts the row, so the
 * gazetteer can be asked too and every problem of a row shows at once.
 */
export function checkAgainstForm(row: ImportRow): { values: ListingValues | null; problems: RowProblem[]; noContact: boolean } {
  const noContact = Boolean(row.contactOptional) && !(typeof row.input.contactEmail === "string" && row.input.contactEmail.trim());
  const parsed = listingSchema.safeParse(noContact ? { ...row.input, contactEmail: NO_CONTACT } : row.input);
  // A cell the reader already could not read would only be reported again, less clearly.
  const alreadyReported = new Set(row.problems.map((p) => p.column));
  const problems = [...row.problems, ...(parsed.success ? [] : problemsOf(row, fieldErrors(parsed.error)).filter((p) => !alreadyReported.has(p.column)))];
  return { values: parsed.success ? parsed.data : null, problems, noContact };
}

/** Gazetteer and language look-ups made once per town and once per import, not once per row. */
export function cachedLookups(db: PrismaClient): ListingLookups {
  const venues = new Map<string, Promise<Venue | null>>();
  let languages: Promise<Set<string>> | null = null;
  return {
    resolveVenue: (location) => {
      const key = [location.postalCode, location.region, location.locality, location.countryCode].map((part) => normalizeForSearch(part ?? "")).join("|");
      let venue = venues.get(key);
      if (!venue) venues.set(key, (venue = resolveVenue(db, location)));
      return venue;
    },
    knownLanguages: () => (languages ??= db.language.findMany({ select: { code: true } }).then((rows) => new Set(rows.map((l) => l.code)))),
  };
}

/**
 * Checks an import's rows, a chunk at a time (`check` may be called for consecutive slices):
 * ids must be given and unique within the file, the listing must pass the form's rules, and
 * a row whose id the source gave before updates that listing.
 */
export class RowChecker {
  private readonly firstRowWithId = new Map<string, number>();
  private readonly lookups: ListingLookups;

  constructor(
    private readonly db: PrismaClient,
    private readonly source: string,
    allRows: readonly ImportRow[],
  ) {
    for (const row of allRows) if (row.externalId && !this.firstRowWithId.has(row.externalId)) this.firstRowWithId.set(row.externalId, row.rowNumber);
    this.lookups = cachedLookups(db);
  }

  async check(rows: readonly ImportRow[], firstIndex: number): Promise<CheckedRow[]> {
    const ids = rows.map((r) => r.externalId).filter(Boolean);
    const existing = new Map(
      (
        await this.db.group.findMany({
          where: { importSource: this.source, externalId: { in: ids } },
          select: { id: true, name: true, slug: true, status: true, organiserId: true, externalId: true },
        })
      ).map(({ externalId, ...group }) => [externalId!, group]),
    );
    const checked: CheckedRow[] = [];
    for (const [i, row] of rows.entries()) checked.push(await this.checkRow(row, firstIndex + i, existing.get(row.externalId)));
    return checked;
  }

  private async checkRow(row: ImportRow, index: number, existing: ExistingListing | undefined): Promise<CheckedRow> {
    const name = typeof row.input.name === "string" && row.input.name.trim() ? row.input.name.trim() : null;
    const base = { index, rowNumber: row.rowNumber, externalId: row.externalId || null, name };
    const problems: RowProblem[] = [];
    if (!row.externalId) problems.push({ column: row.idColumn, value: "", message: MISSING_ID });
    else if (this.firstRowWithId.get(row.externalId) !== row.rowNumber) {
      problems.push({ column: row.idColumn, value: row.externalId, message: formMessage("Import.repeatedId", { row: this.firstRowWithId.get(row.externalId) ?? row.rowNumber }) });
    }
    if (existing && CLOSED.includes(existing.status)) {
      problems.push({ column: row.idColumn, value: row.externalId, message: formMessage("Import.closedBefore", { name: existing.name, status: existing.status }) });
    }

    const form = checkAgainstForm(row);
    problems.push(...form.problems);
    let values: ListingValues | null = null;
    if (form.values) {
      const resolved = await resolveListingValues(this.db, form.values, this.lookups);
      if (resolved.ok) values = withFileCoordinates(form.noContact ? { ...resolved.values, contactEmail: "" } : resolved.values, row.coordinates);
      else problems.push(...problemsOf(row, resolved.errors));
    }

    if (problems.length > 0 || !values) return { ...base, outcome: "ERROR", problems };
    if (existing) return { ...base, outcome: "UPDATE", values, groupId: existing.id, existing };
    return { ...base, outcome: "NEW", values };
  }

}
