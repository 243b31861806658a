import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";

/** Previous and next pages of the list, inside the frame (plain links: no JavaScript needed). */
export function EmbedPagination({ filters, page, pageCount }: { filters: SearchFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/embed/groups?${toSearchParams(filters, { page: p })}`;
  const link = "inline-flex min-h-tap items-center rounded-full border border-line-strong px-4 text-sm font-semibold text-ink no-underline hover:bg-paper-deep";
  return (
    <nav aria-label="Pages of groups" className="flex items-center justify-between gap-3 pt-3">
      {page > 1 ? (
        <a href={href(Math.min(page - 1, pageCount))} className={link} rel="prev">
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-muted">
        Page {Math.min(page, pageCount)} of {pageCount}
      </p>
      {page < pageCount ? (
        <a href={href(page + 1)} className={link} rel="next">
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
