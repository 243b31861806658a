import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { OG_SIZE, OgCard } from "@/components/seo/og-card";
import { getArticle, listArticles } from "@/lib/articles/load-articles";
import { loadOgFonts } from "@/lib/seo/og-fonts";
import { translatorFor } from "@/lib/i18n/messages";
import { isLocale, routing } from "@/lib/i18n/routing";

export const alt = "A Village article for new parents and families";
export const size = OG_SIZE;
export const contentType = "image/png";

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await listArticles(isLocale(params.locale) ? params.locale : routing.defaultLocale)).map((article) => ({ slug: article.slug }));
}

export default async function ArticleOpenGraphImage({ params }: { params: Promise<{ slug: string; locale: string }> }) {
  const { slug, locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const article = await getArticle(slug, locale);
  if (!article) notFound();
  const t = translatorFor(locale, "Articles");
  return new ImageResponse(
    <OgCard eyebrow={t(`audiences.${article.audience}`)} title={article.title} footer={t("ogFooter", { minutes: article.readingTime })} />,
    { ...OG_SIZE, fonts: await loadOgFonts() },
  );
}
