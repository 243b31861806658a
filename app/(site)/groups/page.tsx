import type { Metadata } from "next";
import { GroupCard } from "@/components/groups/group-card";
import { FilterPanel } from "@/components/search/filter-panel";
import { NoResults } from "@/components/search/no-results";
import { Pagination } from "@/components/search/pagination";
import { PlaceNotice } from "@/components/search/place-notice";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchBar } from "@/components/search/search-bar";
import { SortChoice } from "@/components/search/sort-choice";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { languagesForFilters } from "@/lib/groups/languages";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = parseSearchParams(await searchParams);
  return {
    title: filters.near ? `Support groups near ${filters.near}` : "Find a postpartum support group",
    description: "Postpartum and new-parent support groups near you and online, with the next meeting date.",
    alternates: { canonical: "/groups" },
  };
}

export default async function GroupsPage({ searchParams }: Props) {
  const { filters, problems } = parseSearchParams(await searchParams);
  const db = await getDb();
  const [outcome, languages] = await Promise.all([runSearch(db, filters, problems), languagesForFilters(db)]);
  const located = outcome.place.status === "found" || outcome.place.status === "coordinates" ? outcome.place.place : null;
  const heading = located ? `Support groups near ${located.label}` : filters.online === "only" ? "Online support groups" : "Find a support group";

  return (
    // Spacing is tight on phones so the first result shows on the first screen after a search.
    <Container className="flex flex-col gap-3 py-4 sm:gap-5 sm:py-8">
      <HtmlOnly />
      <h1 className="text-2xl sm:text-4xl">{heading}</h1>
      <form action="/groups" method="get" className="flex flex-col gap-3 sm:gap-6" role="search" aria-label="Find a support group">
        <SearchBar near={filters.near} radius={filters.radius} unit={outcome.unit} />
        <div className="grid gap-3 sm:gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start xl:grid-cols-[20rem_minmax(0,1fr)]">
          <FilterPanel filters={filters} languages={languages} />
          <section aria-labelledby="results-heading" className="flex flex-col gap-3 sm:gap-4">
            <h2 id="results-heading" className="sr-only">
              Results
            </h2>
            <ProblemsNotice problems={problems} />
            <PlaceNotice place={outcome.place} filters={filters} />
            {outcome.place.status !== "not-found" && outcome.place.status !== "postal-unsupported" ? (
              <>
                <div className="flex flex-col gap-2 md:flex-row md:items-start md:justify-between md:gap-6">
                  <ResultsSummary outcome={outcome} />
                  {outcome.total > 1 ? <SortChoice filters={filters} applied={outcome.sort} hasPlace={located !== null} /> : null}
                </div>
                {outcome.results.length === 0 ? (
                  outcome.total > 0 ? (
                    <p>That page is past the end of the results.</p>
                  ) : (
                    <NoResults filters={filters} />
                  )
                ) : (
                  <ol className="flex flex-col gap-4" aria-label="Groups">
                    {outcome.results.map((group) => (
                      <li key={group.slug}>
                        <GroupCard group={group} />
                      </li>
                    ))}
                  </ol>
                )}
                <Pagination filters={filters} page={outcome.page} pageCount={outcome.pageCount} />
              </>
            ) : null}
          </section>
        </div>
      </form>
    </Container>
  );
}
