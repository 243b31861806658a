import { tzlib_get_ical_block } from "timezones-ical-library";

/**
 * The VTIMEZONE component for an IANA zone, so calendar apps place our TZID times without
 * a zone database of their own. Null for a zone the library does not know.
 */
export function generateVTimezone(timeZone: string): string | null {
  const result = tzlib_get_ical_block(timeZone);
  const block = Array.isArray(result) ? result[0] : undefined;
  if (!block) return null;
  // Aliases come back under their canonical id ("UTC" as "Etc/UTC"); the TZID must be the
  // one our DTSTART and EXDATE lines name, or apps will not find the definition.
  return block.replace(/^TZID:.*$/m, `TZID:${timeZone}`);
}
