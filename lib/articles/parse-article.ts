import { fromMarkdown } from "mdast-util-from-markdown";
import { parse as parseYaml } from "yaml";
import { articleFrontMatterSchema, articleSlugSchema, type ArticleFrontMatter } from "./front-matter";
import { countWords } from "./word-count";

export type Article = ArticleFrontMatter & {
  slug: string;
  /** Markdown, without the front matter. */
  body: string;
  wordCount: number;
};

export class ArticleError extends Error {
  constructor(slug: string, problems: string[]) {
    super(`content/articles/${slug}.md is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ArticleError";
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Parses one article file, failing loudly with every problem so a bad edit never ships quietly. */
export function parseArticle(slug: string, source: string): Article {
  const problems: string[] = [];
  if (!articleSlugSchema.safeParse(slug).success) problems.push(`the file name "${slug}" must be lower-case words joined by hyphens`);

  const match = FRONT_MATTER.exec(source);
  if (!match) throw new ArticleError(slug, [...problems, "the file must start with front matter between two --- lines"]);
  const [, yamlText = "", body = ""] = match;

  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ArticleError(slug, [...problems, `the front matter is not valid YAML: ${(error as Error).message}`]);
  }
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join(".") || "front matter"}: ${issue.message}`);
  }
  const tree = fromMarkdown(body);
  // The page supplies the only h1 (the title); the body starts at h2.
  if (tree.children.some((node) => node.type === "heading" && node.depth === 1)) {
    problems.push("use ## for headings in the body: the title is the page's only # heading");
  }
  if (containsHtml(tree)) problems.push("raw HTML is not rendered; write Markdown instead");
  if (problems.length > 0 || !parsed.success) throw new ArticleError(slug, problems);

  return { ...parsed.data, slug, body: body.trim(), wordCount: countWords(body) };
}

type Node = { type: string; children?: Node[] };

function containsHtml(node: Node): boolean {
  return node.type === "html" || (node.children ?? []).some(containsHtml);
}
