import type { ListingValues } from "@/lib/listings/listing-schema";
import { EMPTY, listingRows } from "@/lib/listings/review-rows";

export type DiffRow = { field: string; label: string; before: string; after: string };

/**
 * What an edit changes, field by field, in words: compares the readable rows (so a meeting
 * moved from 10:00 to 10:30 reads "Every Tuesday, 10:00 am – …" before and "Every Tuesday,
 * 10:30 am – …" after). Unchanged fields are left out.
 */
export function diffListingValues(before: ListingValues, after: ListingValues): DiffRow[] {
  const was = new Map(listingRows(before).map((row) => [row.field, row]));
  const changes: DiffRow[] = [];
  for (const row of listingRows(after)) {
    const old = was.get(row.field);
    was.delete(row.field);
    const beforeText = old?.value ?? EMPTY;
    if (beforeText !== row.value) changes.push({ field: row.field, label: row.label, before: beforeText, after: row.value });
  }
  for (const [field, old] of was) {
    if (old.value !== EMPTY) changes.push({ field, label: old.label, before: old.value, after: field.startsWith("meeting") ? "Removed" : EMPTY });
  }
  return changes;
}
