import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

type Tree = { [key: string]: string | Tree };
const readMessages = (locale: string): Tree => {
  const folder = new URL(`../../messages/${locale}/`, import.meta.url);
  const files = readdirSync(folder).filter((file) => file.endsWith(".json"));
  return Object.fromEntries(files.map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Tree]));
};
const en = readMessages("en");
const es = readMessages("es");
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)));

const spanish = new Map(flatten(es));
const english = flatten(en);

// English interface text that must never show on a Spanish page: the literal words of each
// English message that Spanish words differently, long enough not to be a name or a number.
// A Spanish message that quotes its English one (a service's own name) keeps it on purpose.
export const ENGLISH_TEXT = [
  ...new Set(
    english
      .filter(([key, value]) => !(spanish.get(key) ?? "").includes(value) && !/\{\w+, (plural|select)/.test(value))
      .flatMap(([, value]) => value.split(/\{[^}]*\}|<\/?\w+>/))
      .map((part) => part.trim())
      // Words, not numbers: a phone number reads the same in both languages.
      .filter((part) => part.length > 12 && /\p{L}{3}/u.test(part)),
  ),
];
const KEY_NAMESPACES = Object.keys(en).join("|");
const RAW_KEY = new RegExp(`\\b(${KEY_NAMESPACES})\\.[a-zA-Z][\\w.-]*\\b`);

/** The English interface phrases in `text`, if any. */
export const englishTextIn = (text: string): string[] => ENGLISH_TEXT.filter((phrase) => text.includes(phrase));

/** The checks every Spanish page passes: its language, no English interface text, no raw message key. */
export async function expectSpanishPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await page.locator("body").innerText();
  expect(englishTextIn(text), `English interface text on ${page.url()}`).toEqual([]);
  expect(text.match(RAW_KEY)?.[0] ?? null, `a message key on ${page.url()}`).toBeNull();
}
