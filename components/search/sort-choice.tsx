import { Link } from "@/lib/i18n/navigation";
import { cx } from "@/components/ui/class-names";
import { toSearchParams, type SearchFilters, type SortOrder } from "@/lib/groups/search-params";
import { SORT_ORDERS } from "@/lib/groups/vocabulary";
import { useTranslations } from "next-intl";

const pill = "inline-flex min-h-tap items-center rounded-full border px-4 text-sm font-semibold no-underline transition-colors";

/**
 * Nearest or soonest first, as two plain links (they work without JavaScript and make a
 * URL to share); the hidden field keeps the choice when the form above is sent again.
 */
export function SortChoice({ filters, applied, hasPlace }: { filters: SearchFilters; applied: SortOrder; hasPlace: boolean }) {
  const t = useTranslations("Search");
  const v = useTranslations("Vocabulary");
  const label = (order: SortOrder) => (order === "nearest" && !hasPlace ? t("aToZ") : v(`sort.${order}`));
  return (
    <div className="flex shrink-0 flex-col gap-1">
      {filters.sort !== "nearest" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {/* Wraps rather than widening the page on narrow phones (longer words in Spanish). */}
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted">{t("sortShow")}</span>
        {(Object.keys(SORT_ORDERS) as SortOrder[]).map((order) => (
          <Link
            key={order}
            href={`/groups?${toSearchParams(filters, { sort: order, page: 1 })}`}
            aria-current={order === applied ? "true" : undefined}
            className={cx(pill, order === applied ? "border-sage-300 bg-sage-100 text-sage-800" : "border-line-strong bg-paper-raised text-ink hover:bg-paper-deep")}
          >
            {label(order)}
          </Link>
        ))}
      </p>
      {applied !== filters.sort ? (
        <p className="max-w-xs text-sm text-ink-muted">{t("sortTooMany")}</p>
      ) : null}
    </div>
  );
}
