import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { PrintedSearch } from "@/components/print/printed-search";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { collectSearchResults } from "@/lib/groups/collect-search";
import { toGroupDetail } from "@/lib/groups/get-group";
import { loadPublicGroupDetails } from "@/lib/groups/public-group-details";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";
import { pageSizeRule, readPaper, type PaperSize } from "@/lib/print/paper";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Print" });
  return { title: t("metaTitle"), robots: { index: false, follow: true } };
}

/**
 * /groups/print?<the /groups parameters>[&paper=a4|letter]: every group a search finds (up
 * to SEARCH_EXPORT_LIMIT) as a list to print and pin up, each with where, when, how to
 * join and a QR code to its page. On paper only the sheet shows (data-print="focus").
 */
export default async function PrintGroupsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const t = await getTranslations("Print");
  const { paper, problem, rest } = readPaper(await searchParams);
  const { filters, problems } = parseSearchParams(rest);
  const db = await getDb();
  const now = new Date();
  const found = await collectSearchResults(db, filters, problems, { now, locale });
  const records = await loadPublicGroupDetails(db, found.results.map((r) => r.slug), now);
  const origin = requestOrigin(await headers());
  const query = toSearchParams(filters, { page: 1 });
  const searchPath = `/groups${query.size ? `?${query}` : ""}`;
  const hrefFor = (size: PaperSize | null) => {
    const params = new URLSearchParams(query);
    if (size) params.set("paper", size);
    return localePath(locale, `/groups/print${params.size ? `?${params}` : ""}`);
  };

  return (
    <Container className="py-6 sm:py-8" data-print="focus">
      <div className="mx-auto flex max-w-[210mm] flex-col gap-5">
        {paper ? <style>{pageSizeRule(paper)}</style> : null}
        <PrintToolbar back={<BackLink href={searchPath}>{t("back")}</BackLink>} paper={paper} hrefFor={hrefFor}>
          <ProblemsNotice problems={problem ? [...problems, problem] : problems} />
          {found.capped ? (
            <p className="rounded-card border border-clay-200 bg-clay-50 p-4">{t("capped", { total: found.total, limit: found.limit })}</p>
          ) : null}
        </PrintToolbar>
        <PrintedSearch found={found} groups={records.map((record) => toGroupDetail(record, now))} origin={origin} searchPath={searchPath} now={now} />
      </div>
    </Container>
  );
}
