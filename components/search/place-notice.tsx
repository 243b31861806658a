import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PlaceOutcome } from "@/lib/groups/run-search";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";
import { ChoiceList } from "./choice-list";

const searchHref = (filters: SearchFilters, near: string) => `/groups?${toSearchParams(filters, { near, lat: undefined, lng: undefined, page: 1 })}`;
const onlineHref = (filters: SearchFilters) => `/groups?${toSearchParams(filters, { near: undefined, lat: undefined, lng: undefined, online: "only", page: 1 })}`;

/** What we understood of the place typed, with a way out when it was ambiguous or unknown. */
export function PlaceNotice({ place, filters }: { place: PlaceOutcome; filters: SearchFilters }) {
  const t = useTranslations("Search");
  const online = (chunks: ReactNode) => <Link href={onlineHref(filters)}>{chunks}</Link>;
  if (place.status === "found" && place.alternatives.length > 0) {
    return (
      <p className="text-sm text-ink-muted">
        {t.rich("didYouMean", {
          choices: () => <ChoiceList items={place.alternatives.map((alt) => ({ key: alt.queryValue, node: <Link href={searchHref(filters, alt.queryValue)}>{alt.label}</Link> }))} />,
        })}
      </p>
    );
  }
  if (place.status === "not-found") {
    return (
      <div role="status" className="rounded-card border border-clay-200 bg-clay-50 p-4 sm:p-5">
        <h2 className="text-xl">{t("placeNotFound", { query: place.query })}</h2>
        {place.suggestions.length > 0 ? (
          <p className="mt-2">
            {t.rich("didYouMean", {
              choices: () => (
                <ChoiceList
                  items={place.suggestions.map((s) => ({
                    key: s.queryValue,
                    node: (
                      <Link href={searchHref(filters, s.queryValue)} className="font-semibold">
                        {s.label}
                      </Link>
                    ),
                  }))}
                />
              ),
            })}
          </p>
        ) : (
          <p className="mt-2">{t("checkSpelling")}</p>
        )}
        <p className="mt-2">{t.rich("alsoOnline", { link: online })}</p>
      </div>
    );
  }
  if (place.status === "postal-unsupported") {
    return (
      <div role="status" className="rounded-card border border-clay-200 bg-clay-50 p-4 sm:p-5">
        <h2 className="text-xl">{t("postcodeHeading")}</h2>
        <p className="mt-2">{t("postcodeText", { country: place.countryName ?? "none" })}</p>
        <p className="mt-2">{t.rich("orOnline", { link: online })}</p>
      </div>
    );
  }
  return null;
}
