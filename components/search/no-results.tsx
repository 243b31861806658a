import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";
import { RADII } from "@/lib/groups/vocabulary";
import { activeFilterCount } from "./active-filters";
import { useTranslations } from "next-intl";

/** An empty result is a dead end only if we leave it as one: offer the next step. */
export function NoResults({ filters }: { filters: SearchFilters }) {
  const wider = RADII.find((r) => r > filters.radius);
  const hasPlace = Boolean(filters.near || filters.lat !== undefined);
  const t = useTranslations("Search");
  return (
    <div className="rounded-card border border-line bg-paper-raised p-6 shadow-card">
      <h2 className="text-xl">{t("noResults")}</h2>
      <ul className="mt-3 flex list-disc flex-col gap-2 pl-5">
        {hasPlace && wider ? (
          <li>
            <Link href={`/groups?${toSearchParams(filters, { radius: wider, page: 1 })}`}>{t("wider", { radius: wider })}</Link>
          </li>
        ) : null}
        {filters.online !== "only" ? (
          <li>
            <Link href={`/groups?${toSearchParams(filters, { online: "only", near: undefined, lat: undefined, lng: undefined, page: 1 })}`}>
              {t("seeOnline")}
            </Link>{" "}
            {t("seeOnlineWhy")}
          </li>
        ) : null}
        {activeFilterCount(filters) > 0 || filters.q ? (
          <li>
            <Link href={`/groups?${toSearchParams({ ...filters, q: undefined, formats: [], venues: [], days: [], times: [], audiences: [], languages: [], cost: undefined, babies: false, childcare: false, accessible: false, online: "include", page: 1 })}`}>
              {t("clearAll")}
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
