import type { Metadata } from "next";
import { headers } from "next/headers";
import { GroupCard } from "@/components/groups/group-card";
import { FilterPanel } from "@/components/search/filter-panel";
import { NoResults } from "@/components/search/no-results";
import { Pagination } from "@/components/search/pagination";
import { PlaceNotice } from "@/components/search/place-notice";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { ResultsSummary } from "@/components/search/results-summary";
import { ShareRow } from "@/components/search/share-row";
import { SearchBar } from "@/components/search/search-bar";
import { SortChoice } from "@/components/search/sort-choice";
import { Container } from "@/components/ui/container";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/db/client";
import { meetingGuideFeedAlternates } from "@/lib/feeds/meeting-guide/feed-link";
import { languagesForFilters } from "@/lib/groups/languages";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { requestOrigin } from "@/lib/urls/site-url";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Search" });
  const { filters } = parseSearchParams(await searchParams);
  return {
    title: filters.near ? t("metaTitleNear", { place: filters.near }) : t("metaTitle"),
    description: t("metaDescription"),
    alternates: { canonical: localePath(locale, "/groups"), languages: Object.fromEntries(routing.locales.map((l) => [l, localePath(l, "/groups")])), ...meetingGuideFeedAlternates },
  };
}

export default async function GroupsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const t = await getTranslations("Search");
  const { filters, problems } = parseSearchParams(await searchParams);
  const db = await getDb();
  const [outcome, languages] = await Promise.all([runSearch(db, filters, problems, new Date(), locale), languagesForFilters(db)]);
  const origin = requestOrigin(await headers());
  const located = outcome.place.status === "found" || outcome.place.status === "coordinates" ? outcome.place.place : null;
  const heading = located ? t("headingNear", { place: located.label }) : filters.online === "only" ? t("headingOnline") : t("heading");

  return (
    // Spacing is tight on phones so the first result shows on the first screen after a search.
    <Container className="flex flex-col gap-3 py-4 sm:gap-5 sm:py-8">
      <HtmlOnly />
      <h1 className="text-2xl sm:text-4xl">{heading}</h1>
      <form action={localePath(locale, "/groups")} method="get" className="flex flex-col gap-3 sm:gap-6" role="search" aria-label={t("formLabel")}>
        <SearchBar near={filters.near} radius={filters.radius} unit={outcome.unit} />
        <div className="grid grid-cols-1 gap-3 sm:gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start xl:grid-cols-[20rem_minmax(0,1fr)]">
          <FilterPanel filters={filters} languages={languages} />
          <section aria-labelledby="results-heading" className="flex flex-col gap-3 sm:gap-4">
            <h2 id="results-heading" className="sr-only">
              {t("results")}
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
                    <p>{t("pastEnd")}</p>
                  ) : (
                    <NoResults filters={filters} />
                  )
                ) : (
                  <ol className="flex flex-col gap-4" aria-label={t("groupsLabel")}>
                    {outcome.results.map((group) => (
                      <li key={group.slug}>
                        <GroupCard group={group} />
                      </li>
                    ))}
                  </ol>
                )}
                <Pagination filters={filters} page={outcome.page} pageCount={outcome.pageCount} />
                {outcome.total > 0 ? <ShareRow filters={filters} origin={origin} /> : null}
              </>
            ) : null}
          </section>
        </div>
      </form>
    </Container>
  );
}
