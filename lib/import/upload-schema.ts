import { z } from "zod";
import { slugify } from "@/lib/listings/slug";

// The upload form: which source the file comes from (rows are matched to earlier imports by
// their id within the source), and optionally its format when the name doesn't say.

export const IMPORT_FORMAT_CHOICES = ["CSV", "XLSX", "HSDS", "MEETING_GUIDE"] as const;

export const uploadSchema = z.object({
  source: z
    .string({ error: "Name where the data comes from, for example “St Mary's Hospital”." })
    .trim()
    .min(1, "Name where the data comes from, for example “St Mary's Hospital”.")
    .max(80, "Please keep the source's name under 80 characters.")
    .refine((name) => slugify(name) !== "", "Use letters or digits in the source's name.")
    // Stored as a key, so “St Mary's Hospital” and “st marys hospital” are one source.
    .transform((name) => slugify(name)),
  format: z.preprocess((v) => v || null, z.enum(IMPORT_FORMAT_CHOICES, { error: "Choose the file's format from the list." }).nullable()),
});

export type UploadFields = "source" | "format" | "file";
