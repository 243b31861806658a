import type { SearchFilters } from "@/lib/groups/search-params";

/** How many filters (beyond place and distance) are switched on. */
export function activeFilterCount(f: SearchFilters): number {
  return (
    f.formats.length + f.venues.length + f.days.length + f.times.length + f.audiences.length + f.languages.length +
    (f.q ? 1 : 0) + (f.cost ? 1 : 0) + (f.babies ? 1 : 0) + (f.childcare ? 1 : 0) + (f.accessible ? 1 : 0) + (f.online !== "include" ? 1 : 0)
  );
}
