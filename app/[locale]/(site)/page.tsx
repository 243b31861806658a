import { UsCrisisLines } from "@/components/crisis/us-crisis-lines";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ArticleCard } from "@/components/articles/article-card";
import { HomeSearch } from "@/components/search/home-search";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { findArticles } from "@/lib/articles/load-articles";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { routing } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Home" });
  return {
    ...pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/", locale }),
    // The home page's title stands alone, without the "· Village" suffix.
    title: { absolute: t("metaTitle") },
  };
}

const PLACES = ["Austin, TX, US", "Portland, OR, US", "Toronto, ON, CA", "Leeds", "London, England, GB", "Sydney, NSW, AU", "Dublin, IE", "Zürich"];

const NEW_HERE = ["why-support-groups-help", "how-to-find-a-support-group", "your-first-meeting", "baby-blues-or-something-more"];

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations("Home");
  const [newHere, [forPartners, forFamily], [forOrganisers]] = await Promise.all([
    findArticles(NEW_HERE, locale),
    findArticles(["for-partners-how-to-help", "for-family-and-friends"], locale),
    findArticles(["starting-a-support-group"], locale),
  ]);
  const ownLanguage = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return (
    <>
      <HtmlOnly />
      <section className="border-b border-line bg-paper-deep">
        <Container className="grid gap-8 py-10 sm:py-14 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] lg:items-center">
          <div className="flex flex-col gap-4">
            <h1 className="text-4xl sm:text-5xl">{t("heading")}</h1>
            <p className="text-lg text-ink-muted">
              {t("intro")}
            </p>
          </div>
          <Card className="sm:p-8">
            <HomeSearch />
            {locale !== routing.defaultLocale ? (
              // One tap to the groups that meet in the visitor's own language.
              <p className="mt-4">
                <Link href={`/groups?lang=${locale}`} className="font-semibold">
                  {t("groupsInLanguage", { language: ownLanguage })}
                </Link>
              </p>
            ) : null}
          </Card>
        </Container>
      </section>

      <Container className="flex flex-col gap-5 pt-10 sm:pt-14">
        <section aria-labelledby="new-here-heading" className="flex flex-col gap-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 id="new-here-heading" className="text-2xl sm:text-3xl">
              {t("newHere")}
            </h2>
            <Link href="/articles" className="font-semibold">
              {t("allArticles")}
            </Link>
          </div>
          <ul className="grid gap-4 md:grid-cols-2">
            {newHere.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} showAudience={false} />
              </li>
            ))}
          </ul>
        </section>
      </Container>

      <Container className="grid gap-10 py-10 sm:py-14 md:grid-cols-3">
        <section aria-labelledby="online-heading" className="flex flex-col gap-2">
          <h2 id="online-heading" className="text-2xl">
            {t("onlineHeading")}
          </h2>
          <p>
            {t("onlineText")}
          </p>
          <p>
            <Link href="/groups?online=only" className="font-semibold">
              {t("browseOnline")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="family-heading" className="flex flex-col gap-2">
          <h2 id="family-heading" className="text-2xl">
            {t("familyHeading")}
          </h2>
          <p>{t("familyText")}</p>
          {forPartners && forFamily ? (
            <p>
              {t.rich("familyGuides", {
                partners: (chunks) => <Link href={`/articles/${forPartners.slug}`}>{chunks}</Link>,
                family: (chunks) => <Link href={`/articles/${forFamily.slug}`}>{chunks}</Link>,
              })}
            </p>
          ) : null}
          <p>
            <Link href="/families" className="font-semibold">
              {t("familiesLink")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="places-heading" className="flex flex-col gap-2">
          <h2 id="places-heading" className="text-2xl">
            {t("placesHeading")}
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {PLACES.map((place) => (
              <li key={place}>
                <Link href={`/groups?near=${encodeURIComponent(place)}`}>{place.split(",")[0]}</Link>
              </li>
            ))}
          </ul>
        </section>
      </Container>

      <Container className="flex flex-col gap-6 pb-12">
        {forOrganisers ? (
          <p className="max-w-prose text-base text-ink-muted">
            {t.rich("organisers", {
              link: (chunks) => (
                <Link href={`/articles/${forOrganisers.slug}`} className="font-semibold text-ink">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        <Card tone="rose" as="aside" aria-labelledby="crisis-heading">
          <h2 id="crisis-heading" className="text-xl">
            {t("crisisHeading")}
          </h2>
          <p className="mt-2">
            {t.rich("crisisText", {
              lines: () => <UsCrisisLines />,
              other: (chunks) => (
                <Link href="/help-now" className="font-semibold">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
      </Container>
    </>
  );
}
