import { z } from "zod";
import { parseSearchParams } from "@/lib/groups/search-params";

export const ARTICLE_AUDIENCES = {
  parents: "For new parents",
  partners: "For partners",
  family: "For family and friends",
  organisers: "For organisers",
} as const;

export type ArticleAudience = keyof typeof ARTICLE_AUDIENCES;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slugs are lower-case words joined by hyphens.");

/** The directory search, in English and under the Spanish site's /es prefix. */
const DIRECTORY_SEARCH_PATHS = ["/groups", "/es/groups"];

/**
 * A call to action must land on a real directory search, so a typo in an article cannot
 * send a reader to an error or an empty page of "we don't use that parameter".
 */
export const directorySearchHref = z.string().superRefine((href, ctx) => {
  const url = new URL(href, "http://village.invalid");
  if (!DIRECTORY_SEARCH_PATHS.includes(url.pathname) || !href.startsWith(url.pathname) || url.hash) {
    ctx.addIssue({ code: "custom", message: `"${href}" is not a /groups search.` });
    return;
  }
  for (const problem of parseSearchParams(url.searchParams).problems) {
    ctx.addIssue({ code: "custom", message: `"${href}": ${problem.param}: ${problem.message}` });
  }
});

export const articleFrontMatterSchema = z
  .object({
    title: z.string().trim().min(5).max(90),
    /** One or two sentences for cards, search results and link previews. */
    summary: z.string().trim().min(40).max(220),
    audience: z.enum(Object.keys(ARTICLE_AUDIENCES) as [ArticleAudience, ...ArticleAudience[]]),
    /** Minutes at 200 to 230 words a minute; the unit tests hold it to the text. */
    readingTime: z.number().int().min(1).max(15),
    published: z.iso.date(),
    updated: z.iso.date(),
    /** Lower numbers come first in lists. */
    order: z.number().int().min(0).default(100),
    cta: z
      .object({
        /** Shown above the search box, e.g. "Find a group for partners near you". */
        heading: z.string().trim().min(5).max(80),
        label: z.string().trim().min(5).max(60),
        href: directorySearchHref,
      })
      .strict(),
    related: z.array(slug).max(4).default([]),
  })
  .strict()
  .refine((fm) => fm.updated >= fm.published, { message: "updated cannot be before published.", path: ["updated"] });

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

export const articleSlugSchema = slug;
