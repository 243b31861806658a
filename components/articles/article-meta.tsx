import type { Article } from "@/lib/articles/parse-article";
import { useLocale, useTranslations } from "next-intl";

/** "27 November 2026" ("27 de noviembre de 2026") from an ISO date, the same on every server. */
export function formatArticleDate(isoDate: string, locale = "en"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function ReadingTime({ minutes }: { minutes: number }) {
  const t = useTranslations("Articles");
  return <>{t("readingTime", { minutes })}</>;
}

export function ArticleMeta({ article }: { article: Pick<Article, "readingTime" | "updated"> }) {
  const t = useTranslations("Articles");
  const locale = useLocale();
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
      <span>
        <ReadingTime minutes={article.readingTime} />
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {t.rich("updated", { date: () => <time dateTime={article.updated}>{formatArticleDate(article.updated, locale)}</time> })}
      </span>
    </p>
  );
}
