import type { GroupCard } from "./group-cards";
import { toSearchParams } from "./search-params";
import type { SearchOutcome } from "./run-search";

const withQuery = (base: string, params: URLSearchParams) => (params.size ? `${base}?${params}` : base);

/** The JSON shape of GET /api/groups: the same results as /groups, with pagination links. */
export function toSearchResponse(outcome: SearchOutcome, origin: string) {
  const { filters } = outcome;
  const link = (page: number) => withQuery(`${origin}/api/groups`, toSearchParams(filters, { page }));
  const place = outcome.place;
  return {
    query: Object.fromEntries(toSearchParams(filters, { page: 1 })),
    place:
      place.status === "found" || place.status === "coordinates"
        ? { status: place.status, label: place.place.label, lat: place.place.lat, lng: place.place.lng, alternatives: place.status === "found" ? place.alternatives.map((a) => a.label) : [] }
        : place.status === "not-found"
          ? { status: place.status, suggestions: place.suggestions.map((s) => s.label) }
          : place,
    unit: outcome.unit,
    sort: outcome.sort,
    total: outcome.total,
    localTotal: outcome.localTotal,
    page: outcome.page,
    pageCount: outcome.pageCount,
    links: {
      self: link(outcome.page),
      html: withQuery(`${origin}/groups`, toSearchParams(filters)),
      first: link(1),
      prev: outcome.page > 1 ? link(Math.min(outcome.page - 1, Math.max(outcome.pageCount, 1))) : null,
      next: outcome.page < outcome.pageCount ? link(outcome.page + 1) : null,
      last: link(Math.max(outcome.pageCount, 1)),
    },
    results: outcome.results.map((card) => toApiCard(card, origin)),
    warnings: [
      ...outcome.problems.filter((p) => p.kind === "unknown").map((p) => p.message),
      ...(outcome.sort !== filters.sort ? ["Too many groups match to order them by their next meeting, so they are nearest first; narrow the search to sort by date."] : []),
    ],
  };
}

/**
 * Meetings as the API gives them: the pages' `rule` (kept so a page can word a schedule in
 * its own language) is left out, since `rrule`, `startTime` and `durationMinutes` say the
 * same for machines.
 */
export function toApiMeetings<M extends { rule: unknown }>(meetings: M[]): Omit<M, "rule">[] {
  return meetings.map(({ rule: _rule, ...meeting }) => meeting);
}

export function toApiCard(card: GroupCard, origin: string) {
  return {
    ...card,
    meetings: toApiMeetings(card.meetings),
    url: `${origin}/groups/${card.slug}`,
    apiUrl: `${origin}/api/groups/${card.slug}`,
    calendarUrl: `${origin}/groups/${card.slug}/calendar.ics`,
  };
}

