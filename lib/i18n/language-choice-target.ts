import { z } from "zod";
import { localePath } from "./locale-path";
import type { Locale } from "./routing";

/** A path on this site: "/es/groups?day=tue", never "//elsewhere.example" or "https://…". */
const sitePath = z
  .string()
  .max(2000)
  .refine((value) => value.startsWith("/") && !value.startsWith("//") && !value.includes("\\"));

/**
 * Where a language switch goes: the page the visitor was on, in the chosen language. Anything
 * that is not a path of this site in that language goes to the language's home page instead.
 */
export function languageChoiceTarget(locale: Locale, next: string | null): string {
  const parsed = sitePath.safeParse(next);
  const home = localePath(locale, "/");
  if (!parsed.success) return home;
  const path = parsed.data.split("?")[0]!;
  const inLocale = home === "/" ? !/^\/[a-z]{2}(\/|$)/.test(path) : path === home || path.startsWith(`${home}/`);
  return inLocale ? parsed.data : home;
}
