import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";
import { useTranslations } from "next-intl";

/** Previous / next links and where we are; plain links, so they work everywhere. */
export function Pagination({ filters, page, pageCount }: { filters: SearchFilters; page: number; pageCount: number }) {
  const t = useTranslations("Search");
  if (pageCount <= 1) return null;
  const href = (p: number) => `/groups?${toSearchParams(filters, { page: p })}`;
  const link = "inline-flex min-h-tap items-center rounded-full border border-line-strong bg-paper-raised px-5 font-semibold no-underline hover:bg-paper-deep";
  return (
    <nav aria-label={t("pagesLabel")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-muted">
        {t("pageOf", { page: Math.min(page, pageCount), count: pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
