import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleCta } from "@/components/articles/article-cta";
import { ArticleMeta } from "@/components/articles/article-meta";
import { RelatedArticles } from "@/components/articles/related-articles";
import { JsonLd } from "@/components/seo/json-ld";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { ARTICLE_AUDIENCES } from "@/lib/articles/front-matter";
import { findArticles, getArticle, listArticles } from "@/lib/articles/load-articles";
import { articleJsonLd } from "@/lib/seo/article-json-ld";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { siteUrl } from "@/lib/urls/site-url";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listArticles()).map((article) => ({ slug: article.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: `/articles/${article.slug}`,
    article: { published: article.published, updated: article.updated },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const related = await findArticles(article.related);

  return (
    <Container className="py-8 sm:py-12" data-print="focus">
      <HtmlOnly />
      {/* Rendered at build time, like the canonical link: the site's address is SITE_URL then. */}
      <JsonLd data={articleJsonLd(article, siteUrl().origin)} />
      <article aria-labelledby="article-title" className="mx-auto flex max-w-narrow flex-col gap-8 sm:gap-10">
        <header className="flex flex-col gap-3">
          <BackLink href="/articles" className="print:hidden">All articles</BackLink>
          <p className="text-sm font-semibold text-clay-700">{ARTICLE_AUDIENCES[article.audience]}</p>
          <h1 id="article-title" className="text-3xl sm:text-4xl">
            {article.title}
          </h1>
          <ArticleMeta article={article} />
        </header>
        <ArticleBody markdown={article.body} />
        <p className="max-w-prose border-t border-line pt-5 text-base text-ink-muted print:hidden">
          Struggling right now? You deserve support today.{" "}
          <Link href="/help-now" className="font-semibold text-rose-800">
            Get help now
          </Link>
          .
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
