import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedGroupItem } from "@/components/embed/embed-group-item";
import { EmbedEmpty } from "@/components/embed/embed-notices";
import { EmbedPagination } from "@/components/embed/embed-pagination";
import { NewTabLink } from "@/components/embed/new-tab-link";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { getDb } from "@/lib/db/client";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [{ filters }, search, share] = await Promise.all([
    searchParams.then(parseSearchParams),
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Share" }),
  ]);
  return { title: filters.near ? search("metaTitleNear", { place: filters.near }) : share("allGroups") };
}

/**
 * /embed/groups?<the /groups parameters>: the same search as /groups, as a compact list
 * for a frame on a partner's site (a hospital, a library, a chapter). No cookies, no
 * JavaScript needed; group pages open on Village in a new tab, in the frame's language.
 */
export default async function EmbedGroupsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const [t, search] = await Promise.all([getTranslations("Embed"), getTranslations("Search")]);
  const { filters, problems } = parseSearchParams(await searchParams);
  const outcome = await runSearch(await getDb(), filters, problems, new Date(), locale);
  const query = toSearchParams(filters, { page: 1 });
  const searchHref = `/groups${query.size ? `?${query}` : ""}`;
  const placeFailed = outcome.place.status === "not-found" || outcome.place.status === "postal-unsupported";

  return (
    <div className="flex flex-col gap-2">
      <div>
        <h1 className="text-xl">{searchTitle(outcome, locale)}</h1>
        {!placeFailed && outcome.total > 0 ? (
          <p className="text-sm text-ink-muted">{[...filterLabels(filters, locale), search("resultsSentence", { results: resultsSentence(outcome, search) })].join(" · ")}</p>
        ) : null}
      </div>
      <ProblemsNotice problems={problems} />
      {placeFailed || outcome.total === 0 ? (
        <EmbedEmpty place={outcome.place} searchHref={searchHref} />
      ) : outcome.results.length === 0 ? (
        <p>{t("pastEnd")}</p>
      ) : (
        <ol aria-label={t("groupsLabel")} className="divide-y divide-line">
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
          <NewTabLink href={searchHref}>{t("seeAll", { total: outcome.total })}</NewTabLink>
        </p>
      ) : null}
    </div>
  );
}
