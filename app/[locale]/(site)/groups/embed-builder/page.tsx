import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CopyButton } from "@/components/embed/copy-button";
import { PlaceNotice } from "@/components/search/place-notice";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { EMBED_HEIGHT, embedSnippet, linkSnippet } from "@/lib/embed/embed-snippet";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Embed.builder" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: { canonical: localePath(locale, "/groups/embed-builder") } };
}

const codeBox = "w-full rounded-control border border-line-strong bg-paper-raised p-3 font-mono text-sm text-ink";

/**
 * "Put these groups on your website": the frame code for the search in the address, built
 * here on the server (works without JavaScript), and the frame itself as a preview. The
 * code points at the embed in this page's language, so a Spanish page gives a Spanish list.
 */
export default async function EmbedBuilderPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const [t, search, share] = await Promise.all([getTranslations("Embed.builder"), getTranslations("Search"), getTranslations("Share")]);
  const { filters, problems } = parseSearchParams(await searchParams);
  const outcome = await runSearch(await getDb(), filters, problems, new Date(), locale);
  const origin = requestOrigin(await headers());
  const query = toSearchParams(filters, { page: 1 });
  const suffix = query.size ? `?${query}` : "";
  const embedPath = localePath(locale, `/embed/groups${suffix}`);
  const title = searchTitle(outcome, locale);
  const labels = filterLabels(filters, locale);
  const placeFailed = outcome.place.status === "not-found" || outcome.place.status === "postal-unsupported";
  const frameCode = embedSnippet({ src: `${origin}${embedPath}`, title: t("frameTitle", { title }) });
  const linkCode = linkSnippet({ href: `${origin}${localePath(locale, `/groups${suffix}`)}`, text: t("linkText", { title }) });

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href={`/groups${suffix}`}>{t("back")}</BackLink>
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </div>

      <section aria-labelledby="search-heading" className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-5 shadow-card">
        <h2 id="search-heading" className="text-xl">
          {t("listShows")}
        </h2>
        <p className="font-semibold">{title}</p>
        {labels.length ? <p>{labels.join(" · ")}</p> : null}
        {placeFailed ? null : <p>{t("today", { results: resultsSentence(outcome, search) })}</p>}
        <PlaceNotice place={outcome.place} filters={filters} />
        <p className="text-sm text-ink-muted">
          {t.rich("changeSearch", { action: share("embed"), link: (chunks) => <Link href={`/groups${suffix}`}>{chunks}</Link> })}
        </p>
      </section>
      <ProblemsNotice problems={problems} />

      <section aria-labelledby="code-heading" className="flex flex-col gap-3">
        <h2 id="code-heading" className="text-2xl">
          {t("codeHeading")}
        </h2>
        <label htmlFor="frame-code" className="font-semibold">
          {t("frameCodeLabel")}
        </label>
        <textarea id="frame-code" readOnly rows={4} className={codeBox} value={frameCode} aria-describedby="frame-code-hint" />
        <p id="frame-code-hint" className="text-sm text-ink-muted">
          {t("frameCodeHint", { height: EMBED_HEIGHT })}
        </p>
        <CopyButton text={frameCode} label={t("copy")} copied={t("copied")} refused={t("copyRefused")} />
        <details className="mt-2">
          <summary className="font-semibold">{t("noFrames")}</summary>
          <div className="mt-3 flex flex-col gap-2">
            <label htmlFor="link-code" className="font-semibold">
              {t("linkCodeLabel")}
            </label>
            <textarea id="link-code" readOnly rows={2} className={codeBox} value={linkCode} />
          </div>
        </details>
      </section>

      <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
        <h2 id="preview-heading" className="text-2xl">
          {t("previewHeading")}
        </h2>
        <p className="text-sm text-ink-muted">{t("previewHint")}</p>
        <iframe src={embedPath} title={t("previewTitle", { title })} height={EMBED_HEIGHT} className="w-full max-w-[40rem] rounded-control border border-line bg-paper-raised" loading="lazy" />
      </section>
    </Container>
  );
}
