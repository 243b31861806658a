import type { ListingValues } from "@/lib/listings/listing-schema";
import { listingRows } from "./listing-fields";

export type DiffRow = { field: string; label: string; before: string; after: string };

/**
 * What an edit changes, field by field, in words: compares the flattened, readable values
 * (so a meeting moved from 10:00 to 10:30 reads "Every Tuesday, 10:00 am – …" before and
 * "Every Tuesday, 10:30 am – …" after). Unchanged fields are left out.
 */
export function diffListingValues(before: ListingValues, after: ListingValues): DiffRow[] {
  const was = new Map(listingRows(before).map((row) => [row.field, row]));
  const now = listingRows(after);
  const seen = new Set<string>();
  const changes: DiffRow[] = [];
  for (const row of now) {
    seen.add(row.field);
    const old = was.get(row.field);
    const beforeText = old?.value ?? "—";
    if (beforeText !== row.value) changes.push({ field: row.field, label: row.label, before: beforeText, after: row.value });
  }
  for (const [field, old] of was) {
    if (!seen.has(field)) changes.push({ field, label: old.label, before: old.value, after: old.field.startsWith("meetings.") ? "Removed" : "—" });
  }
  return changes;
}
