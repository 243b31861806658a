import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { localePath } from "./locale-path";
import { isLocale, routing, type Locale } from "./routing";

/** The language of the page or server action being answered (from its URL prefix). */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}

/** Redirects to `path` in the request's language: a Spanish form goes back to a Spanish page. */
export async function redirectInLocale(path: string): Promise<never> {
  redirect(localePath(await requestLocale(), path));
}
