import { readdirSync, readFileSync } from "node:fs";

type Tree = { [key: string]: string | Tree };

const readMessages = (locale: string): Tree => {
  const folder = new URL(`../../messages/${locale}/`, import.meta.url);
  const files = readdirSync(folder).filter((file) => file.endsWith(".json"));
  return Object.fromEntries(files.map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Tree]));
};
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)));

const english = readMessages("en");
const spanish = new Map(flatten(readMessages("es")));

// English interface text that must never show on a Spanish page: the literal words of each
// English message that Spanish words differently, long enough not to be a name or a number.
// A Spanish message that quotes its English one (a service's own name) keeps it on purpose.
const ENGLISH_TEXT = [
  ...new Set(
    flatten(english)
      .filter(([key, value]) => !(spanish.get(key) ?? "").includes(value) && !/\{\w+, (plural|select)/.test(value))
      .flatMap(([, value]) => value.split(/\{[^}]*\}|<\/?\w+>/))
      .map((part) => part.trim())
      // Words, not numbers: a phone number reads the same in both languages.
      .filter((part) => part.length > 12 && /\p{L}{3}/u.test(part)),
  ),
];

const RAW_KEY = new RegExp(`\\b(${Object.keys(english).join("|")})\\.[a-zA-Z][\\w.-]*\\b`);

/** The English interface phrases found in `text` (a Spanish page's text): none, on a page fully in Spanish. */
export function findEnglishText(text: string): string[] {
  return ENGLISH_TEXT.filter((phrase) => text.includes(phrase));
}

/** The first message key shown as it is ("Search.heading") instead of its words, if any. */
export function findRawMessageKey(text: string): string | null {
  return text.match(RAW_KEY)?.[0] ?? null;
}
