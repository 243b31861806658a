import { normalizeForSearch } from "@/lib/text/normalize";

/** The text a free-text search matches against: name first, then venue and description. */
export function buildSearchText(parts: { name: string; venueName?: string | null; locality?: string | null; summary?: string | null; description?: string | null }): string {
  return normalizeForSearch(
    [parts.name, parts.venueName, parts.locality, parts.summary, parts.description].filter(Boolean).join(" "),
  );
}
