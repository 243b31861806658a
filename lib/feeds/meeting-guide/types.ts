import type { Audience, GroupFormat } from "@/lib/db/generated/enums";
import { SPEC_LANGUAGE_TYPES, SPEC_TYPE_NAMES, type SpecTypeCode } from "./spec-types";

// Village's facts about a group as Meeting Guide type codes. A fact whose meaning matches a
// reserved code uses it (Spanish is S, wheelchair access X, childcare BA); the rest get
// Village's own codes. The format allows added types as long as they use no existing or
// proposed code and no ISO 639 language code, so ours all start with "VLG-" (a hyphen
// keeps them clear of language codes, as the proposed "BV-I" and "D-HOH" are).
//
// In person, online and hybrid are not types in the format: readers work them out from a
// street address (in person) and a conference_url (online), so the feed says it that way
// (see feed.ts). TSML UI explains why it has no "hybrid" type.

type Names = { en: string; es: string };

/** The prefix of every code Village adds. */
export const VILLAGE_TYPE_PREFIX = "VLG-";

/**
 * Audiences. Two match reserved codes. The rest do not: "Women" (W) and "Men" (M) mean
 * meetings for one sex, which "mothers and birthing parents" and "partners and dads" are not.
 */
const AUDIENCE_TYPES = {
  ALL_NEW_PARENTS: { code: "VLG-NEW-PARENTS", names: { en: "All new parents", es: "Todas las madres y padres primerizos" } },
  MOTHERS_BIRTHING_PARENTS: { code: "VLG-MOTHERS", names: { en: "Mothers and birthing parents", es: "Madres y personas gestantes" } },
  PARTNERS_DADS: { code: "VLG-PARTNERS", names: { en: "Partners and dads", es: "Parejas y papás" } },
  FAMILIES: { code: "VLG-FAMILIES", names: { en: "Families", es: "Familias" } },
  PREGNANCY_INFANT_LOSS: { code: "VLG-LOSS", names: { en: "Pregnancy or infant loss", es: "Pérdida gestacional o neonatal" } },
  NICU_FAMILIES: { code: "VLG-NICU", names: { en: "NICU families", es: "Familias con bebés en cuidados intensivos neonatales" } },
  MULTIPLES: { code: "VLG-MULTIPLES", names: { en: "Twins and multiples", es: "Gemelos y partos múltiples" } },
  LGBTQ_PARENTS: { code: "LGBTQ", names: SPEC_TYPE_NAMES.LGBTQ },
  YOUNG_PARENTS: { code: "Y", names: SPEC_TYPE_NAMES.Y },
} as const satisfies Record<Audience, { code: string; names: Names }>;

/** Village's other yes/no facts that have no reserved code. */
const VILLAGE_FACT_TYPES = {
  "VLG-FREE": { en: "Free", es: "Gratis" },
  "VLG-REGISTER": { en: "Registration required", es: "Inscripción obligatoria" },
} as const satisfies Record<string, Names>;

/**
 * Names for the reserved codes as Village uses them. The format allows a reworded name
 * with the same intent, and names "Child Care Available" as a common one for BA.
 */
const RESERVED_NAMES: Partial<Record<SpecTypeCode, Names>> = {
  BA: { en: "Childcare available", es: "Guardería disponible" },
};

/** What the type codes of a group are read from: its public facts, never its contact details. */
export type TypedGroup = {
  format: GroupFormat;
  audiences: Audience[];
  /** Language codes ("en", "es"). */
  languages: string[];
  isFree: boolean;
  registrationRequired: boolean;
  babiesWelcome: boolean;
  childcareProvided: boolean;
  wheelchairAccessible: boolean;
};

/** A language's type: the reserved code where the format has one (es is S), else VLG-LANG-<code>. */
export function languageType(code: string): string {
  return SPEC_LANGUAGE_TYPES[code.toLowerCase()] ?? `${VILLAGE_TYPE_PREFIX}LANG-${code.toUpperCase()}`;
}

/** The Meeting Guide types of a group, sorted, each once. */
export function meetingGuideTypes(group: TypedGroup): string[] {
  const hasVenue = group.format !== "ONLINE";
  const types = new Set<string>([
    ...group.audiences.map((audience) => AUDIENCE_TYPES[audience].code),
    ...group.languages.map(languageType),
  ]);
  // CF is "children welcome", which is what Village's "babies welcome" promises.
  if (group.babiesWelcome) types.add("CF");
  // Childcare and step-free access are about a room; an online group has none.
  if (hasVenue && group.childcareProvided) types.add("BA");
  if (hasVenue && group.wheelchairAccessible) types.add("X");
  if (group.isFree) types.add("VLG-FREE");
  if (group.registrationRequired) types.add("VLG-REGISTER");
  return [...types].sort();
}

export type TypeDictionary = Record<string, Names>;

const spanishLanguageNames = new Intl.DisplayNames(["es"], { type: "language" });
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("es") + text.slice(1);

/**
 * Every code the feed can send, with its English and Spanish names, in the shape of the
 * format's own types.json (code -> language -> name). `languages` are the site's languages,
 * which decide the VLG-LANG-* codes.
 */
export function meetingGuideTypeDictionary(languages: { code: string; name: string }[]): TypeDictionary {
  const dictionary: TypeDictionary = {};
  const addReserved = (code: SpecTypeCode) => (dictionary[code] = RESERVED_NAMES[code] ?? SPEC_TYPE_NAMES[code]);
  for (const { code, names } of Object.values(AUDIENCE_TYPES)) dictionary[code] = names;
  (["BA", "CF", "X"] as const).forEach(addReserved);
  Object.assign(dictionary, VILLAGE_FACT_TYPES);
  for (const language of languages) {
    const code = languageType(language.code);
    if (code in SPEC_TYPE_NAMES) addReserved(code as SpecTypeCode);
    else dictionary[code] = { en: language.name, es: capitalise(spanishLanguageNames.of(language.code) ?? language.name) };
  }
  return Object.fromEntries(Object.entries(dictionary).sort(([a], [b]) => a.localeCompare(b)));
}
