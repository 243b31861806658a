import type { PrismaClient } from "@/lib/db/generated/client";
import { countryChoices } from "./countries";

// The lists behind the listing form's choices, read on the server and handed to the form.

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

export async function listFormChoices(db: PrismaClient): Promise<FormChoices> {
  const languages = await db.language.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
  // English first: most groups meet in it, and the list reads from the likeliest choice.
  languages.sort((a, b) => Number(b.code === "en") - Number(a.code === "en"));
  return { languages, countries: countryChoices(), timeZones: timeZoneChoices() };
}
