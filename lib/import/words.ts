import type { Audience, GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { formMessage } from "@/lib/forms/form-message";
import { AUDIENCES, DAYS, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { MESSAGES } from "@/lib/i18n/messages";
import { countryChoices, isCountryCode } from "@/lib/listings/countries";
import { FREQUENCIES, NTH_WEEKS } from "@/lib/listings/meeting-choices";
import type { Frequency, Weekday } from "@/lib/schedule";
import { normalizeForSearch } from "@/lib/text/normalize";
import { languages } from "@/prisma/seed/languages";

// The words people write in spreadsheets and feeds for the form's choices: "yes", "Tuesday",
// "every other week", "Spanish", "in person", and their Spanish ("sí", "martes", "cada dos
// semanas", "español", "en persona"), since the template is explained in both. Each reader
// turns what it recognises into the form's value; anything else is passed on as written, so
// the form's own rule rejects it in the form's own words ("Choose the day of the week.").

const key = (text: string) => normalizeForSearch(text);

/** A lookup from many spellings to one value; unknown text comes back unchanged. */
function vocabulary<V extends string | number>(entries: [V, ...string[]][]): (text: string) => V | string {
  const map = new Map<string, V>();
  for (const [value, ...words] of entries) for (const word of [String(value), ...words]) map.set(key(word), value);
  return (text: string) => map.get(key(text)) ?? text.trim();
}

/** The site's Spanish words for the vocabulary (Vocabulary.* in messages/es), by slug. */
const SPANISH = MESSAGES.es.Vocabulary;
const spanishNames = (type: "language" | "region") => new Intl.DisplayNames(["es"], { type });

const YES = new Set(["yes", "y", "true", "1", "x", "ja", "si", "oui"]);
const NO = new Set(["no", "n", "false", "0", "nein", "non"]);

/** true, false, or null for a word that is neither (empty is undefined). */
export function yesNoWord(text: string): boolean | null | undefined {
  if (["✓", "✔", "☑"].includes(text.trim())) return true;
  const k = key(text);
  if (k === "") return text.trim() === "" ? undefined : null;
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  return null;
}

export const YES_NO_PROBLEM = formMessage("Import.yesOrNo");

export const audienceWord = vocabulary<Audience>(
  Object.entries(AUDIENCES).map(([slug, a]) => [a.value, slug, a.label, SPANISH.audiences[slug as keyof typeof SPANISH.audiences], ...(a.value === "PARTNERS_DADS" ? ["partners", "dads", "fathers"] : []), ...(a.value === "MOTHERS_BIRTHING_PARENTS" ? ["mothers", "mums", "moms"] : [])]),
);

export const formatWord = vocabulary<GroupFormat>([
  ...Object.entries(FORMATS).map(([slug, f]): [GroupFormat, ...string[]] => [f.value, slug, f.label, SPANISH.formats[slug as keyof typeof SPANISH.formats]]),
  ["IN_PERSON", "in person", "face to face", "physical", "presencial", "cara a cara"],
  ["ONLINE", "virtual", "video", "por video", "por internet"],
  ["HYBRID", "both", "in person and online", "online and in person", "hibrido", "ambos", "en linea y en persona"],
]);

export const venueTypeWord = vocabulary<VenueType>([
  ...Object.entries(VENUE_TYPES).map(([slug, v]): [VenueType, ...string[]] => [v.value, slug, v.label, SPANISH.venues[slug as keyof typeof SPANISH.venues]]),
  ["HOSPITAL", "birth centre", "birth center", "maternity unit", "centro de parto", "maternidad"],
  ["COMMUNITY_CENTRE", "community center", "community hall"],
  ["PLACE_OF_WORSHIP", "church", "church hall", "mosque", "synagogue", "temple"],
  ["CLINIC", "health centre", "health center", "surgery", "centro de salud", "consultorio"],
  ["LIBRARY", "biblioteca"],
  ["PLACE_OF_WORSHIP", "iglesia", "parroquia", "mezquita", "sinagoga", "templo"],
]);

export const weekdayWord = vocabulary<Weekday>(
  Object.entries(DAYS).map(([short, d]): [Weekday, ...string[]] => {
    const spanish = SPANISH.days[short as keyof typeof SPANISH.days];
    return [d.value, short, d.label, d.label.slice(0, 3), `${d.label}s`, spanish, spanish.slice(0, 3)];
  }),
);

export const frequencyWord = vocabulary<Frequency>([
  ...FREQUENCIES.map((f): [Frequency, ...string[]] => [f.value, f.label]),
  ["WEEKLY", "weekly", "each week", "every"],
  ["FORTNIGHTLY", "fortnightly", "every two weeks", "every 2 weeks", "biweekly", "alternate weeks"],
  ["MONTHLY_NTH", "monthly", "once a month", "monthly on a set week", "every month"],
  ["MONTHLY_LAST", "last week of the month", "monthly last", "last of the month", "monthly on the last week"],
  ["WEEKLY", "cada semana", "semanal", "todas las semanas"],
  ["FORTNIGHTLY", "cada dos semanas", "cada 2 semanas", "quincenal", "cada quince dias", "semana por medio"],
  ["MONTHLY_NTH", "una vez al mes", "mensual", "cada mes", "todos los meses"],
  ["MONTHLY_LAST", "la ultima semana del mes", "ultima semana del mes", "el ultimo del mes"],
]);

const SPANISH_WEEKS = ["primera", "segunda", "tercera", "cuarta"];

export const nthWeekWord = vocabulary<number>(
  NTH_WEEKS.map((w): [number, ...string[]] => [w.value, w.label, `${w.value}st`, `${w.value}nd`, `${w.value}rd`, `${w.value}th`, `${w.label} week`, SPANISH_WEEKS[w.value - 1]!, `${SPANISH_WEEKS[w.value - 1]} semana`]),
);

const spanishLanguages = spanishNames("language");
export const languageWord = vocabulary<string>(languages.map((l) => [l.code, l.name, spanishLanguages.of(l.code) ?? l.name]));

const spanishCountries = spanishNames("region");
const countryByName = new Map(countryChoices().flatMap((c) => [[key(c.name), c.code] as const, [key(spanishCountries.of(c.code) ?? c.name), c.code] as const]));
const countryAliases: Record<string, string> = { usa: "US", "united states of america": "US", america: "US", uk: "GB", "great britain": "GB", england: "GB", scotland: "GB", wales: "GB", eeuu: "US", "ee uu": "US", "estados unidos de america": "US" };

/** "US", "us", "United States", "USA" all give "US"; anything else comes back as written. */
export function countryWord(text: string): string {
  const trimmed = text.trim();
  if (isCountryCode(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return countryByName.get(key(trimmed)) ?? countryAliases[key(trimmed)] ?? trimmed;
}

/** "10:00", "9.30", "7pm", "7:30 PM", "19:30:00" as the form's 24-hour "HH:MM"; other text unchanged. */
export function clockWord(text: string): string {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?m?\.?$/i.exec(text.trim());
  if (match) {
    let hours = Number(match[1]) % 12;
    if (match[3]!.toLowerCase() === "p") hours += 12;
    return `${String(hours).padStart(2, "0")}:${match[2] ?? "00"}`;
  }
  const plain = /^(\d{1,2})[.:](\d{2})(?::\d{2})?$/.exec(text.trim());
  return plain ? `${plain[1]!.padStart(2, "0")}:${plain[2]}` : text.trim();
}

/** A list cell: "English; Spanish", "en, es", "Mothers and birthing parents". */
export function listWords(text: string): string[] {
  return text
    .split(/[;,\n|]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
