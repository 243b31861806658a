import type { HsdsPage } from "./types";

/**
 * The HSDS API's paging fields around one page of results. `size` is the number of items on
 * this page, as the HSDS reference defines it; a page past the end is empty but keeps the
 * totals, so a client can see how far to go back.
 */
export function toHsdsPage<T>(contents: T[], { total, page, perPage }: { total: number; page: number; perPage: number }): HsdsPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
