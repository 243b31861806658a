import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { crisisNumbersFor } from "@/components/crisis/crisis-numbers";
import { familySearches } from "@/components/families/family-searches";
import type { Locale } from "@/lib/i18n/routing";
import { RelatedArticles } from "@/components/articles/related-articles";
import { Link } from "@/lib/i18n/navigation";
import { HelpChecklist } from "@/components/families/help-checklist";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { findArticles } from "@/lib/articles/load-articles";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Families" });
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/families", locale });
}

/** A crisis line's number to call, as a link, for the page's language. */
function callLink(locale: Locale, lineId: string) {
  const contact = crisisNumbersFor(locale)
    .US.lines.find((line) => line.id === lineId)
    ?.contacts.find((c) => c.method === "call");
  function CallLink(chunks: ReactNode) {
    return contact ? (
      <a href={contact.href} className="font-semibold">
        {chunks}
      </a>
    ) : (
      chunks
    );
  }
  return CallLink;
}

export default async function FamiliesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Families");
  const articles = await findArticles(["for-partners-how-to-help", "for-family-and-friends", "baby-blues-or-something-more"], locale);
  return (
    <Container className="flex flex-col gap-12 py-8 sm:gap-16 sm:py-14" data-print="focus">
      <HtmlOnly />
      <div className="flex max-w-narrow flex-col gap-3 print:hidden">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg text-ink-muted">{t("lead")}</p>
      </div>

      <RelatedArticles articles={articles} heading={t("startHere")} id="reading-heading" className="gap-5 print:hidden" />

      <HelpChecklist locale={locale} />

      <section aria-labelledby="groups-heading" className="flex flex-col gap-5 print:hidden">
        <div className="flex max-w-narrow flex-col gap-1">
          <h2 id="groups-heading" className="text-2xl">
            {t("groups.heading")}
          </h2>
          <p className="text-ink-muted">{t("groups.lead")}</p>
        </div>
        <ul className="grid gap-4 md:grid-cols-3">
          {familySearches(locale).map((search) => (
            <li key={search.key}>
              <Card tone="sage" className="flex h-full flex-col gap-2">
                <h3 className="text-xl">
                  <Link href={search.href}>{t(`groups.${search.key}Label`)}</Link>
                </h3>
                <p className="text-base">{t(`groups.${search.key}Text`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <Card as="aside" tone="rose" aria-labelledby="worried-heading" className="print:hidden">
        <h2 id="worried-heading" className="text-xl">
          {t("worried.heading")}
        </h2>
        <p className="mt-2 max-w-prose">
          {t.rich("worried.body", { lifeline: callLink(locale, "us-988"), maternal: callLink(locale, "us-maternal-hotline") })}{" "}
          <Link href="/help-now" className="font-semibold">
            {t("worried.otherCountries")}
          </Link>
          .
        </p>
      </Card>
    </Container>
  );
}
