import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({ title: t("title"), description: t("description"), path: "/about", locale });
}

export default function AboutPage() {
  const t = useTranslations("About");
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-8 sm:py-12">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="text-lg text-ink-muted">
        {t("intro")}
      </p>
      <section aria-labelledby="privacy-heading" className="flex flex-col gap-2">
        <h2 id="privacy-heading" className="text-2xl">
          {t("privacyHeading")}
        </h2>
        <p>
          {t("privacyText")}
        </p>
      </section>
      <section aria-labelledby="listings-heading" className="flex flex-col gap-2">
        <h2 id="listings-heading" className="text-2xl">
          {t("listingsHeading")}
        </h2>
        <p>
          {t("listingsText")}
        </p>
      </section>
      <section aria-labelledby="data-heading" className="flex flex-col gap-2">
        <h2 id="data-heading" className="text-2xl">
          {t("dataHeading")}
        </h2>
        <p>
          {t.rich("dataText", { code: (chunks) => <code>{chunks}</code>, link: (chunks) => <Link href="/groups">{chunks}</Link> })}
        </p>
      </section>
    </Container>
  );
}
