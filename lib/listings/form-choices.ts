import type { PrismaClient } from "@/lib/db/generated/client";
import { languageName } from "@/lib/i18n/language-names";
import { routing, type Locale } from "@/lib/i18n/routing";
import { countryChoices } from "./countries";

// The lists behind the listing form's choices, read on the server and handed to the form,
// named in the page's language.

export type FormChoices = {
  languages: { code: string; name: string }[];
  countries: { code: string; name: string }[];
  timeZones: string[];
};

/** Every IANA zone this server knows, with UTC. */
export function timeZoneChoices(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}

/**
 * The directory's languages named in `locale`: the page's own language first, then English
 * (most groups meet in it), then the rest by name, so the list reads from the likeliest choice.
 */
export function languageChoices(languages: { code: string; name: string }[], locale: Locale): { code: string; name: string }[] {
  const rank = (code: string) => (code === locale ? 0 : code === routing.defaultLocale ? 1 : 2);
  return languages
    .map((language) => ({ code: language.code, name: languageName(language.code, locale, language.name) }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, locale));
}

export async function listFormChoices(db: PrismaClient, locale: Locale = routing.defaultLocale): Promise<FormChoices> {
  const languages = await db.language.findMany({ select: { code: true, name: true } });
  return { languages: languageChoices(languages, locale), countries: countryChoices(locale), timeZones: timeZoneChoices() };
}
