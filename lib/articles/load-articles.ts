import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle, type Article } from "./parse-article";

const ARTICLES_DIR = path.join(process.cwd(), "content", "articles");

let cached: Promise<Article[]> | undefined;

async function loadAll(): Promise<Article[]> {
  const files = (await readdir(ARTICLES_DIR)).filter((file) => file.endsWith(".md")).sort();
  const articles = await Promise.all(
    files.map(async (file) => parseArticle(file.slice(0, -".md".length), await readFile(path.join(ARTICLES_DIR, file), "utf8"))),
  );
  return articles.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Every article, in reading order. Read once per server process; in development on every call, so edits show. */
export function listArticles(): Promise<Article[]> {
  if (process.env.NODE_ENV !== "production") return loadAll();
  cached ??= loadAll().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export async function getArticle(slug: string): Promise<Article | null> {
  return (await listArticles()).find((article) => article.slug === slug) ?? null;
}

/** The articles named by slug, in the order given, skipping any that do not exist. */
export async function findArticles(slugs: readonly string[]): Promise<Article[]> {
  const all = await listArticles();
  return slugs.flatMap((slug) => all.filter((article) => article.slug === slug));
}
