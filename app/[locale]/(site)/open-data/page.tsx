import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ApiEndpoints } from "@/components/open-data/api-endpoints";
import { ExtensionFields, TaxonomyTerms } from "@/components/open-data/profile-details";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { readEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/open-data", locale });
}

const BULK_DOWNLOAD = "/api/hsds/services?format=ndjson";

// Wrapped rather than scrolled sideways: nothing on the page needs a scrollbar on a phone.
const codeBlock = "whitespace-pre-wrap break-words rounded-control bg-paper-deep p-4 text-sm";
const inlineCode = (chunks: ReactNode) => <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">{chunks}</code>;
const strong = (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>;

// The prose is in the OpenData messages; endpoint paths, field names and the examples are the API's own.
export default async function OpenDataPage() {
  const t = await getTranslations("OpenData");
  const licence = readEnv().OPEN_DATA_LICENCE;
  const origin = requestOrigin(await headers());
  return (
    <Container width="narrow" className="flex flex-col gap-10 py-8 sm:py-12">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg text-ink-muted">{t("intro")}</p>
      </div>

      <Card tone="sage" as="section" aria-labelledby="download-heading" className="flex flex-col gap-3">
        <h2 id="download-heading" className="text-2xl">
          {t("download.heading")}
        </h2>
        <p>{t("download.text")}</p>
        {/* Plain links, not next/link: its prefetch would fetch the whole download on every visit. */}
        <div className="flex flex-wrap gap-3">
          <a href={BULK_DOWNLOAD} download className={buttonClasses()}>
            {t("download.button")}
          </a>
          <a href="/api/hsds/openapi.json" className={buttonClasses({ variant: "secondary" })}>
            {t("download.openapi")}
          </a>
        </div>
      </Card>

      <section aria-labelledby="published-heading" className="flex flex-col gap-3">
        <h2 id="published-heading" className="text-2xl">
          {t("published.heading")}
        </h2>
        <p>{t("published.intro")}</p>
        <ul className="list-disc space-y-1 pl-6 marker:text-clay-500">
          <li>{t("published.about")}</li>
          <li>{t("published.when")}</li>
          <li>{t("published.where")}</li>
          <li>{t("published.online")}</li>
          <li>{t("published.contact")}</li>
        </ul>
        <p>{t("published.neverIntro")}</p>
        <ul className="list-disc space-y-1 pl-6 marker:text-clay-500">
          <li>{t("published.organisers")}</li>
          <li>{t("published.onlineAddress")}</li>
          <li>{t("published.unpublished")}</li>
          <li>{t("published.messages")}</li>
        </ul>
      </section>

      <section aria-labelledby="licence-heading" className="flex flex-col gap-3">
        <h2 id="licence-heading" className="text-2xl">
          {t("licence.heading")}
        </h2>
        <p>
          {t.rich("licence.text", {
            title: licence.title,
            licence: (chunks) => (
              <a href={licence.url} rel="license">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p className="text-sm text-ink-muted">
          {t.rich("licence.hsds", {
            site: "openreferral.org",
            link: (chunks) => <a href="https://openreferral.org/">{chunks}</a>,
            cc: (chunks) => <a href="https://creativecommons.org/licenses/by-sa/4.0/">{chunks}</a>,
          })}
        </p>
      </section>

      <section aria-labelledby="api-heading" className="flex flex-col gap-4">
        <h2 id="api-heading" className="text-2xl">
          {t("api.heading")}
        </h2>
        <p>{t.rich("api.text", { code: inlineCode })}</p>
        <pre className={codeBlock}>
          <code>{`# Everything, one service a line
curl -o village.ndjson '${origin}${BULK_DOWNLOAD}'

# What changed since 1 November, fully nested
curl '${origin}/api/hsds/services?modified_after=2026-11-01&full=true'

# Venues within 10 km of ZIP code 78704, nearest first
curl '${origin}/api/hsds/service_at_locations?postcode=78704&proximity=10000'`}</code>
        </pre>
        <ApiEndpoints />
      </section>

      <section id="hsds-profile" aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h2 id="profile-heading" className="text-2xl">
          {t("profile.heading")}
        </h2>
        <p>{t.rich("profile.intro", { link: (chunks) => <a href="/api/hsds/openapi.json">{chunks}</a> })}</p>
        <ul className="list-disc space-y-2 pl-6 marker:text-clay-500">
          <li>{t.rich("profile.organizations", { strong })}</li>
          <li>{t.rich("profile.ids", { strong })}</li>
          <li>{t.rich("profile.meetings", { strong, code: inlineCode })}</li>
          <li>{t.rich("profile.timeZones", { strong })}</li>
          <li>{t.rich("profile.cancelled", { strong })}</li>
        </ul>
        <h3 className="text-xl">{t("profile.fieldsHeading")}</h3>
        <ExtensionFields />
        <h3 className="text-xl">{t("profile.taxonomiesHeading")}</h3>
        <p>{t("profile.taxonomiesIntro")}</p>
        <TaxonomyTerms />
      </section>
    </Container>
  );
}
