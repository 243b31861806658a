import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { OG_SIZE, OgCard } from "@/components/seo/og-card";
import { ARTICLE_AUDIENCES } from "@/lib/articles/front-matter";
import { getArticle, listArticles } from "@/lib/articles/load-articles";
import { loadOgFonts } from "@/lib/seo/og-fonts";

export const alt = "A Village article for new parents and families";
export const size = OG_SIZE;
export const contentType = "image/png";

export async function generateStaticParams() {
  return (await listArticles()).map((article) => ({ slug: article.slug }));
}

export default async function ArticleOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  return new ImageResponse(
    <OgCard eyebrow={ARTICLE_AUDIENCES[article.audience]} title={article.title} footer={`${article.readingTime} min read · Village articles`} />,
    { ...OG_SIZE, fonts: await loadOgFonts() },
  );
}
