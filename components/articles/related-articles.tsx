import type { Article } from "@/lib/articles/parse-article";
import { cx } from "@/components/ui/class-names";
import { ArticleCard } from "./article-card";
import { useTranslations } from "next-intl";

type Props = { articles: Article[]; heading?: string; id?: string; className?: string };

/** A titled grid of article cards: "Keep reading" under an article, "Start here" on hubs. */
export function RelatedArticles({ articles, heading, id = "related-heading", className }: Props) {
  const t = useTranslations("Articles");
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className={cx("flex flex-col gap-4", className)}>
      <h2 id={id} className="text-2xl">
        {heading ?? t("keepReading")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
    </section>
  );
}
