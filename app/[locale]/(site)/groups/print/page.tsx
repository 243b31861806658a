import type { Metadata } from "next";
import { headers } from "next/headers";
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
import { pageSizeRule, readPaper, type PaperSize } from "@/lib/print/paper";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Print a list of groups", robots: { index: false, follow: true } };

/**
 * /groups/print?<the /groups parameters>[&paper=a4|letter]: every group a search finds (up
 * to SEARCH_EXPORT_LIMIT) as a list to print and pin up, each with where, when, how to
 * join and a QR code to its page. On paper only the sheet shows (data-print="focus").
 */
export default async function PrintGroupsPage({ searchParams }: Props) {
  const { paper, problem, rest } = readPaper(await searchParams);
  const { filters, problems } = parseSearchParams(rest);
  const db = await getDb();
  const now = new Date();
  const found = await collectSearchResults(db, filters, problems, { now });
  const records = await loadPublicGroupDetails(db, found.results.map((r) => r.slug), now);
  const origin = requestOrigin(await headers());
  const query = toSearchParams(filters, { page: 1 });
  const searchPath = `/groups${query.size ? `?${query}` : ""}`;
  const hrefFor = (size: PaperSize | null) => {
    const params = new URLSearchParams(query);
    if (size) params.set("paper", size);
    return `/groups/print${params.size ? `?${params}` : ""}`;
  };

  return (
    <Container className="py-6 sm:py-8" data-print="focus">
      <div className="mx-auto flex max-w-[210mm] flex-col gap-5">
        {paper ? <style>{pageSizeRule(paper)}</style> : null}
        <PrintToolbar back={<BackLink href={searchPath}>Back to the results</BackLink>} paper={paper} hrefFor={hrefFor}>
          <ProblemsNotice problems={problem ? [...problems, problem] : problems} />
          {found.capped ? (
            <p className="rounded-card border border-clay-200 bg-clay-50 p-4">
              This search finds {found.total.toLocaleString("en")} groups; the list has the first {found.limit}. A shorter distance or a filter gives a
              shorter list.
            </p>
          ) : null}
        </PrintToolbar>
        <PrintedSearch found={found} groups={records.map((record) => toGroupDetail(record, now))} origin={origin} searchPath={searchPath} now={now} />
      </div>
    </Container>
  );
}
