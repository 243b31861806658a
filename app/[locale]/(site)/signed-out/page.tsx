import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { HtmlOnly } from "@/components/site/html-only";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("signedOutTitle"), robots: { index: false } };
}

/** Where "Sign out" lands. Says plainly that the session is over, for shared computers. */
export default function SignedOutPage() {
  const t = useTranslations("Auth");
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">{t("signedOutHeading")}</h1>
      <Card tone="sage">
        <p className="text-lg">{t("signedOutText")}</p>
      </Card>
      <div className="flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/signin">{t("signInAgain")}</ButtonLink>
        <ButtonLink href="/groups" variant="secondary">
          {t("findGroup")}
        </ButtonLink>
      </div>
    </Container>
  );
}
