import { Link } from "@/lib/i18n/navigation";
import { ArticleCard } from "@/components/articles/article-card";
import { Container } from "@/components/ui/container";
import type { ArticleAudience } from "@/lib/articles/front-matter";
import { listArticles } from "@/lib/articles/load-articles";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Articles" });
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/articles", locale });
}

const SECTIONS: { id: "parents" | "families" | "organisers"; audiences: ArticleAudience[] }[] = [
  { id: "parents", audiences: ["parents"] },
  { id: "families", audiences: ["partners", "family"] },
  { id: "organisers", audiences: ["organisers"] },
];

export default async function ArticlesPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations("Articles");
  const articles = await listArticles(locale);
  return (
    <Container className="flex flex-col gap-12 py-8 sm:gap-16 sm:py-14">
      <HtmlOnly />
      <div className="flex max-w-narrow flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg text-ink-muted">
          {t("intro")}
        </p>
      </div>
      {SECTIONS.map((section) => {
        const inSection = articles.filter((article) => section.audiences.includes(article.audience));
        if (inSection.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className="flex flex-col gap-5">
            <div className="flex max-w-narrow flex-col gap-1">
              <h2 id={`${section.id}-heading`} className="text-2xl">
                {t(`sections.${section.id}.heading`)}
              </h2>
              <p className="text-ink-muted">{t(`sections.${section.id}.intro`)}</p>
            </div>
            <ul className="grid gap-4 sm:grid-cols-2">
              {inSection.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} showAudience={section.audiences.length > 1} />
                </li>
              ))}
            </ul>
            {section.id === "families" ? (
              <p>
                <Link href="/families" className="font-semibold">
                  {t("moreForFamilies")}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </Container>
  );
}
