import type { Article } from "@/lib/articles/parse-article";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "27 November 2026" from an ISO date, the same on every server. */
export function formatArticleDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

export function ReadingTime({ minutes }: { minutes: number }) {
  return <>{minutes} min read</>;
}

export function ArticleMeta({ article }: { article: Pick<Article, "readingTime" | "updated"> }) {
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
      <span>
        <ReadingTime minutes={article.readingTime} />
      </span>
      <span aria-hidden="true">·</span>
      <span>
        Updated <time dateTime={article.updated}>{formatArticleDate(article.updated)}</time>
      </span>
    </p>
  );
}
