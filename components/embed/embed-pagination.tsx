import { useLocale, useTranslations } from "next-intl";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";
import { localePath } from "@/lib/i18n/locale-path";

/** Previous and next pages of the list, inside the frame (plain links: no JavaScript needed), in the frame's language. */
export function EmbedPagination({ filters, page, pageCount }: { filters: SearchFilters; page: number; pageCount: number }) {
  const t = useTranslations("Embed");
  const search = useTranslations("Search");
  const locale = useLocale();
  if (pageCount <= 1) return null;
  const href = (p: number) => localePath(locale, `/embed/groups?${toSearchParams(filters, { page: p })}`);
  const link = "inline-flex min-h-tap items-center rounded-full border border-line-strong px-4 text-sm font-semibold text-ink no-underline hover:bg-paper-deep";
  return (
    <nav aria-label={t("pagesLabel")} className="flex items-center justify-between gap-3 pt-3">
      {page > 1 ? (
        <a href={href(Math.min(page - 1, pageCount))} className={link} rel="prev">
          {search("previous")}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-muted">{search("pageOf", { page: Math.min(page, pageCount), count: pageCount })}</p>
      {page < pageCount ? (
        <a href={href(page + 1)} className={link} rel="next">
          {search("next")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
