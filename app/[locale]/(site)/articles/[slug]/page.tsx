import { Link } from "@/lib/i18n/navigation";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleCta } from "@/components/articles/article-cta";
import { ArticleMeta } from "@/components/articles/article-meta";
import { RelatedArticles } from "@/components/articles/related-articles";
import { JsonLd } from "@/components/seo/json-ld";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { findArticles, getArticle, localesWithArticle } from "@/lib/articles/load-articles";
import { articleJsonLd } from "@/lib/seo/article-json-ld";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { requestOrigin } from "@/lib/urls/site-url";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ slug: string; locale: Locale }> };

// Rendered per request like every page (the layout reads the request for the nonce): an
// article missing in a language is a 404 there. Listing static params here made the
// router's prefetches of these pages redirect in a loop behind the language rewrite.

export async function generateMetadata({ params }: Props) {
  const { slug, locale } = await params;
  const article = await getArticle(slug, locale);
  if (!article) return { title: (await getTranslations({ locale, namespace: "Articles" }))("notFoundTitle") };
  const inLocales = await localesWithArticle(slug);
  return pageMetadata({
    locale,
    locales: inLocales,
    title: article.title,
    description: article.summary,
    path: `/articles/${article.slug}`,
    article: { published: article.published, updated: article.updated },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { slug, locale } = await params;
  const article = await getArticle(slug, locale);
  if (!article) notFound();
  const [related, requestHeaders, t] = await Promise.all([findArticles(article.related, locale), headers(), getTranslations("Articles")]);

  return (
    <Container className="py-8 sm:py-12" data-print="focus">
      <HtmlOnly />
      <JsonLd data={articleJsonLd(article, requestOrigin(requestHeaders), locale)} />
      <article aria-labelledby="article-title" className="mx-auto flex max-w-narrow flex-col gap-8 sm:gap-10">
        <header className="flex flex-col gap-3">
          <BackLink href="/articles" className="print:hidden">{t("allArticles")}</BackLink>
          <p className="text-sm font-semibold text-clay-700">{t(`audiences.${article.audience}`)}</p>
          <h1 id="article-title" className="text-3xl sm:text-4xl">
            {article.title}
          </h1>
          <ArticleMeta article={article} />
        </header>
        <ArticleBody markdown={article.body} />
        <p className="max-w-prose border-t border-line pt-5 text-base text-ink-muted print:hidden">
          {t.rich("struggling", {
            link: (chunks) => (
              <Link href="/help-now" className="font-semibold text-rose-800">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </article>
      <div className="mx-auto mt-10 flex max-w-narrow flex-col gap-16 print:hidden sm:mt-12">
        <ArticleCta cta={article.cta} />
      </div>
      <div className="mt-16 print:hidden">
        <RelatedArticles articles={related} />
      </div>
    </Container>
  );
}
