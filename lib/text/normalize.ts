/**
 * Lower-cases, strips accents and collapses whitespace, so "Zürich" and "zurich" match.
 * Stored search columns (Group.searchText, Place.nameKey) and queries both go through it.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[æ]/g, "ae")
    .replace(/[ø]/g, "o")
    .replace(/[ł]/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
