// Formats instants for people, always in an explicit zone (never the server's own).

// Short zone names ("CST", "BST", "AEDT") come from the locale of the zone's region;
// other locales print "GMT-6" for the same zone.
function zoneLocale(timeZone: string): string {
  if (timeZone.startsWith("America/")) return "en-US";
  if (timeZone.startsWith("Australia/")) return "en-AU";
  if (timeZone === "Pacific/Auckland") return "en-NZ";
  return "en-GB";
}

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).formatToParts(date)) values[part.type] = part.value;
  return values;
}

export function zoneAbbreviation(date: Date, timeZone: string): string {
  const zone = new Intl.DateTimeFormat(zoneLocale(timeZone), { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return zone?.value ?? timeZone;
}

/** "Tue 2 Dec" */
export function formatOccurrenceDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { weekday: "short", day: "numeric", month: "short" });
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** "7:00 pm" */
export function formatOccurrenceTime(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { hour: "numeric", minute: "2-digit", hour12: true });
  return `${Number(p.hour)}:${p.minute} ${(p.dayPeriod ?? "").toLowerCase()}`.trim();
}

/** "Tue 2 Dec, 7:00 pm CST" */
export function formatOccurrence(date: Date, timeZone: string): string {
  return `${formatOccurrenceDate(date, timeZone)}, ${formatOccurrenceTime(date, timeZone)} ${zoneAbbreviation(date, timeZone)}`;
}
