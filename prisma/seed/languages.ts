import type { PrismaClient } from "@/lib/db/generated/client";

/** The Language lookup rows: ISO 639-1 code and English name. */
export const languages = [
  { code: "en", name: "English" },
  { code: "es", name: "Spanish" },
  { code: "fr", name: "French" },
  { code: "de", name: "German" },
  { code: "it", name: "Italian" },
  { code: "pt", name: "Portuguese" },
  { code: "zh", name: "Chinese" },
  { code: "ar", name: "Arabic" },
  { code: "hi", name: "Hindi" },
  { code: "pa", name: "Punjabi" },
  { code: "vi", name: "Vietnamese" },
  { code: "tl", name: "Tagalog" },
  { code: "pl", name: "Polish" },
  { code: "ur", name: "Urdu" },
  { code: "so", name: "Somali" },
  { code: "ko", name: "Korean" },
] as const satisfies readonly { code: string; name: string }[];

/** Inserts the lookup rows that are missing; safe to call any number of times. */
export async function ensureLanguages(db: PrismaClient): Promise<void> {
  await db.language.createMany({ data: languages.map((l) => ({ ...l })), skipDuplicates: true });
}
