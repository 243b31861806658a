import { z } from "zod";
import type { ParamProblem } from "@/lib/groups/search-params";

/** The paper sizes a printed list or poster can be laid out for. */
export const PAPER_SIZES = { a4: { label: "A4", css: "A4" }, letter: { label: "US Letter", css: "letter" } } as const;
export type PaperSize = keyof typeof PAPER_SIZES;

const paperSchema = z.enum(["a4", "letter"], { message: "Paper is a4 or letter; this uses your printer’s own size instead." });

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Takes `paper` out of a print page's parameters. Without it the page fits both A4 and US
 * Letter (globals.css gives every printed page 15 mm margins), so the printer's own paper
 * works; with it the page asks the print dialogue for that size. The other parameters are
 * the search's, for parseSearchParams.
 */
export function readPaper(params: RawParams): { paper: PaperSize | null; problem: ParamProblem | null; rest: RawParams } {
  const { paper: raw, ...rest } = params;
  const value = [raw].flat().filter((v): v is string => v !== undefined && v.trim() !== "").at(-1);
  if (value === undefined) return { paper: null, problem: null, rest };
  const parsed = paperSchema.safeParse(value.trim().toLowerCase());
  if (parsed.success) return { paper: parsed.data, problem: null, rest };
  return { paper: null, problem: { param: "paper", value, message: parsed.error.issues[0]!.message, kind: "invalid" }, rest };
}

/** The @page rule for a chosen size (margins as globals.css gives every printed page). */
export function pageSizeRule(paper: PaperSize | null): string {
  return paper ? `@page { size: ${PAPER_SIZES[paper].css}; margin: 15mm; }` : "";
}
