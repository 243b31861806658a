import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";
import { slugify } from "@/lib/listings/slug";

// The upload form: which source the file comes from (rows are matched to earlier imports by
// their id within the source), and optionally its format when the name doesn't say.

export const IMPORT_FORMAT_CHOICES = ["CSV", "XLSX", "HSDS", "MEETING_GUIDE"] as const;

export const SOURCE_MAX = 80;

export const uploadSchema = z.object({
  source: z
    .string({ error: formMessage("Import.nameSource") })
    .trim()
    .min(1, formMessage("Import.nameSource"))
    .max(SOURCE_MAX, formMessage("Import.sourceTooLong", { max: SOURCE_MAX }))
    .refine((name) => slugify(name) !== "", formMessage("Import.sourceLetters"))
    // Stored as a key, so “St Mary's Hospital” and “st marys hospital” are one source.
    .transform((name) => slugify(name)),
  format: z.preprocess((v) => v || null, z.enum(IMPORT_FORMAT_CHOICES, { error: formMessage("Import.chooseFormat") }).nullable()),
});

export type UploadFields = "source" | "format" | "file";
