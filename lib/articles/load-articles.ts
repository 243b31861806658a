import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { parseArticle, type Article } from "./parse-article";

const ARTICLES_DIR = path.join(process.cwd(), "content", "articles");

/** English articles sit in content/articles, each other language's in content/articles/<locale>. */
const directoryOf = (locale: Locale) => (locale === routing.defaultLocale ? ARTICLES_DIR : path.join(ARTICLES_DIR, locale));

const cached = new Map<Locale, Promise<Article[]>>();

async function loadAll(locale: Locale): Promise<Article[]> {
  const dir = directoryOf(locale);
  // A language with no articles yet has none: it never falls back to another language's.
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = entries.filter((file) => file.endsWith(".md")).sort();
  const articles = await Promise.all(files.map(async (file) => parseArticle(file.slice(0, -".md".length), await readFile(path.join(dir, file), "utf8"))));
  return articles.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale));
}

/** Every article in `locale`, in reading order. Read once per server process; in development on every call, so edits show. */
export function listArticles(locale: Locale = routing.defaultLocale): Promise<Article[]> {
  if (process.env.NODE_ENV !== "production") return loadAll(locale);
  let loaded = cached.get(locale);
  if (!loaded) {
    loaded = loadAll(locale).catch((error: unknown) => {
      cached.delete(locale);
      throw error;
    });
    cached.set(locale, loaded);
  }
  return loaded;
}

export async function getArticle(slug: string, locale: Locale = routing.defaultLocale): Promise<Article | null> {
  return (await listArticles(locale)).find((article) => article.slug === slug) ?? null;
}

/** The articles named by slug, in the order given, skipping any that do not exist in `locale`. */
export async function findArticles(slugs: readonly string[], locale: Locale = routing.defaultLocale): Promise<Article[]> {
  const all = await listArticles(locale);
  return slugs.flatMap((slug) => all.filter((article) => article.slug === slug));
}

/** The languages an article is written in, for its hreflang alternates. */
export async function localesWithArticle(slug: string): Promise<Locale[]> {
  const found = await Promise.all(routing.locales.map(async (locale) => ((await getArticle(slug, locale)) ? locale : null)));
  return found.filter((locale): locale is Locale => locale !== null);
}
