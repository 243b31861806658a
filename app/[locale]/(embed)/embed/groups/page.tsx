import type { Metadata } from "next";
import { EmbedGroupItem } from "@/components/embed/embed-group-item";
import { EmbedEmpty } from "@/components/embed/embed-notices";
import { EmbedPagination } from "@/components/embed/embed-pagination";
import { NewTabLink } from "@/components/embed/new-tab-link";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { getDb } from "@/lib/db/client";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = parseSearchParams(await searchParams);
  return { title: filters.near ? `Support groups near ${filters.near}` : "Support groups" };
}

/**
 * /embed/groups?<the /groups parameters>: the same search as /groups, as a compact list
 * for a frame on a partner's site (a hospital, a library, a chapter). No cookies, no
 * JavaScript needed; group pages open on Village in a new tab.
 */
export default async function EmbedGroupsPage({ searchParams }: Props) {
  const { filters, problems } = parseSearchParams(await searchParams);
  const outcome = await runSearch(await getDb(), filters, problems);
  const query = toSearchParams(filters, { page: 1 });
  const searchHref = `/groups${query.size ? `?${query}` : ""}`;
  const placeFailed = outcome.place.status === "not-found" || outcome.place.status === "postal-unsupported";

  return (
    <div className="flex flex-col gap-2">
      <div>
        <h1 className="text-xl">{searchTitle(outcome)}</h1>
        {!placeFailed && outcome.total > 0 ? <p className="text-sm text-ink-muted">{[...filterLabels(filters), `${resultsSentence(outcome)}.`].join(" · ")}</p> : null}
      </div>
      <ProblemsNotice problems={problems} />
      {placeFailed || outcome.total === 0 ? (
        <EmbedEmpty place={outcome.place} searchHref={searchHref} />
      ) : outcome.results.length === 0 ? (
        <p>That page is past the end of the list.</p>
      ) : (
        <ol aria-label="Groups" className="divide-y divide-line">
          {outcome.results.map((group) => (
            <li key={group.slug}>
              <EmbedGroupItem group={group} />
            </li>
          ))}
        </ol>
      )}
      <EmbedPagination filters={filters} page={outcome.page} pageCount={outcome.pageCount} />
      {outcome.total > 0 ? (
        <p className="pt-1 text-sm">
          <NewTabLink href={searchHref}>See {outcome.total === 1 ? "this group" : `all ${outcome.total.toLocaleString("en")} groups`} on Village</NewTabLink>
        </p>
      ) : null}
    </div>
  );
}
