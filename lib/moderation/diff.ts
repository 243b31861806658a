import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { EMPTY, listingRows } from "@/lib/listings/review-rows";

export type DiffRow = { field: string; label: string; before: string; after: string };

/**
 * What an edit changes, field by field, in words of `locale`: compares the readable rows (so
 * a meeting moved from 10:00 to 10:30 reads "Every Tuesday, 10:00 am – …" before and "Every
 * Tuesday, 10:30 am – …" after). Unchanged fields are left out.
 */
export function diffListingValues(before: ListingValues, after: ListingValues, locale: Locale = routing.defaultLocale): DiffRow[] {
  const was = new Map(listingRows(before, locale).map((row) => [row.field, row]));
  const changes: DiffRow[] = [];
  for (const row of listingRows(after, locale)) {
    const old = was.get(row.field);
    was.delete(row.field);
    const beforeText = old?.value ?? EMPTY;
    if (beforeText !== row.value) changes.push({ field: row.field, label: row.label, before: beforeText, after: row.value });
  }
  const removed = translatorFor(locale, "Moderation")("review.removed");
  for (const [field, old] of was) {
    if (old.value !== EMPTY) changes.push({ field, label: old.label, before: old.value, after: field.startsWith("meeting") ? removed : EMPTY });
  }
  return changes;
}
