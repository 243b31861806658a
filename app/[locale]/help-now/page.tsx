import type { Metadata } from "next";
import { headers } from "next/headers";
import { CountryPicker } from "@/components/crisis/country-picker";
import { crisisNumbersFor } from "@/components/crisis/crisis-numbers";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { EmergencyCallout } from "@/components/crisis/emergency-callout";
import { HelpLineCard } from "@/components/crisis/help-line-card";
import { OtherCountries } from "@/components/crisis/other-countries";
import { resolveCountry, type CountryChoice } from "@/components/crisis/resolve-country";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "HelpNow" });
  return pageMetadata({ title: t("title"), description: t("description"), path: "/help-now", locale });
}

export default async function HelpNowPage({ params, searchParams }: Props) {
  const [{ locale }, { country: query }, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const t = await getTranslations("HelpNow");
  const choice = resolveCountry({ query, acceptLanguage: requestHeaders.get("accept-language") });
  const country = crisisNumbersFor(locale)[choice.country];

  return (
    <Container width="narrow" className="flex flex-col gap-12 pt-8 sm:gap-16 sm:pt-14">
      {/* The lines shown first follow the browser's language. */}
      <HtmlOnly variesOn="Accept-Language" />
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
          <p className="text-lg text-ink-muted">
            {t("intro")}
          </p>
        </div>
        <EmergencyCallout country={country} />
      </div>

      <section aria-labelledby="lines-heading" className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <h2 id="lines-heading" className="text-2xl">
            {t("talkIn", { country: country.inName })}
          </h2>
          <ChoiceNote choice={choice} countryName={country.inName} t={t} />
        </div>
        <ul className="flex flex-col gap-4">
          {country.lines.map((line) => (
            <HelpLineCard key={line.id} line={line} />
          ))}
        </ul>
        <p className="text-base text-ink-muted">
          {t("someoneElse")}
        </p>
        <CountryPicker current={country.code} />
      </section>

      <section aria-labelledby="blues-heading">
        <Card tone="sage" className="flex flex-col gap-4 sm:p-8">
          <h2 id="blues-heading" className="text-2xl">
            {t("bluesHeading")}
          </h2>
          <p className="text-base">
            {t("bluesText")}
          </p>
          <div className="rounded-control border border-rose-200 bg-paper-raised p-4 sm:p-5">
            <h3 className="text-xl text-rose-900">{t("callNowIf")}</h3>
            <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-base marker:text-rose-500">
              <li>{t("sign1")}</li>
              <li>{t("sign2")}</li>
              <li>{t("sign3")}</li>
              <li>{t("sign4")}</li>
            </ul>
            <p className="mt-3 text-base font-medium">
              {t("signsNote")}
            </p>
          </div>
        </Card>
      </section>

      <section aria-labelledby="elsewhere-heading" className="flex flex-col gap-5">
        <h2 id="elsewhere-heading" className="text-2xl">
          {t("otherCountries")}
        </h2>
        <OtherCountries except={country.code} />
      </section>
    </Container>
  );
}

function ChoiceNote({ choice, countryName, t }: { choice: CountryChoice; countryName: string; t: Awaited<ReturnType<typeof getTranslations<"HelpNow">>> }) {
  // The rejected value is never echoed back: a crisis page must not display text from a link.
  if (choice.rejectedQuery) {
    return (
      <p role="status" className="text-base text-ink-muted">
        {t("rejected", { country: countryName })}
      </p>
    );
  }
  if (choice.source === "language") {
    return (
      <p className="text-base text-ink-muted">
        {t("guessed", { country: countryName })}
      </p>
    );
  }
  return null;
}
