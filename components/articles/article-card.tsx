import { Link } from "@/lib/i18n/navigation";
import type { Article } from "@/lib/articles/parse-article";
import { cx } from "@/components/ui/class-names";
import { ReadingTime } from "./article-meta";
import { useTranslations } from "next-intl";

type Props = {
  article: Pick<Article, "slug" | "title" | "summary" | "audience" | "readingTime">;
  headingLevel?: "h2" | "h3";
  /** Hide the audience line where the surrounding section already says who it is for. */
  showAudience?: boolean;
  className?: string;
};

/** An article as a card. The whole card is the link's tap target; only the title is its name. */
export function ArticleCard({ article, headingLevel: Heading = "h3", showAudience = true, className }: Props) {
  const t = useTranslations("Articles");
  return (
    <article
      className={cx(
        "group relative flex h-full flex-col gap-2 rounded-card border border-line bg-paper-raised p-5 shadow-card transition-shadow focus-within:shadow-raised hover:shadow-raised sm:p-6",
        className,
      )}
    >
      {showAudience ? <p className="text-sm font-medium text-clay-700">{t(`audiences.${article.audience}`)}</p> : null}
      <Heading className="text-xl">
        <Link
          href={`/articles/${article.slug}`}
          className="no-underline after:absolute after:inset-0 after:rounded-card group-hover:text-clay-700 group-hover:underline"
        >
          {article.title}
        </Link>
      </Heading>
      <p className="text-base text-ink-muted">{article.summary}</p>
      <p className="mt-auto pt-1 text-sm text-ink-muted">
        <ReadingTime minutes={article.readingTime} />
      </p>
    </article>
  );
}
