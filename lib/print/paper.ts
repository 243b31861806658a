import { z } from "zod";
import type { ParamProblem } from "@/lib/groups/search-params";

/** The paper sizes a printed list or poster can be laid out for (their names are in the Print messages). */
export const PAPER_SIZES = { a4: { css: "A4" }, letter: { css: "letter" } } as const;
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

/** The printed list's pages: their own name, so the running footer below stays off every other page. */
export const LIST_PAGE_NAME = "village-list";

/** Stand-ins for the page counters in the "Page {page} of {pages}" message, so each language orders the words its own way. */
export const PAGE_COUNTERS = { page: "\uE000", pages: "\uE001" } as const;

const cssString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ")}"`;

/** CSS `content` for text with the page counters in it: "Page " counter(page) " of " counter(pages). */
function pageContent(pageOf: string): string {
  return pageOf
    .split(/(\uE000|\uE001)/)
    .filter(Boolean)
    .map((part) => (part === PAGE_COUNTERS.page ? "counter(page)" : part === PAGE_COUNTERS.pages ? "counter(pages)" : cssString(part)))
    .join(" ");
}

/**
 * The printed list's running footer, in the page's bottom margin on every sheet: the crisis
 * line (the site shows it on every page, and a list can run to many) and "page 2 of 9", in
 * the page's language (`pageOf` is the message worded with PAGE_COUNTERS). Browsers without
 * page-margin boxes print the list without it; page one has the line too.
 */
export function listPageRule({ crisis, pageOf }: { crisis: string; pageOf: string }): string {
  const text = "font: 8pt system-ui, sans-serif; color: #76293A;";
  return `@page ${LIST_PAGE_NAME} { @bottom-left { content: ${cssString(crisis)}; ${text} } @bottom-right { content: ${pageContent(pageOf)}; ${text} } }`;
}
