import { toCalendarGroup, toCalendarMeetings } from "@/lib/calendar/group-calendar-input";
import { buildSearchCalendar } from "@/lib/calendar/search-calendar";
import { getDb } from "@/lib/db/client";
import { collectSearchResults } from "@/lib/groups/collect-search";
import { loadPublicGroupDetails } from "@/lib/groups/public-group-details";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

const plainText = (status: number, lines: string[]) =>
  new Response(`${lines.join("\n")}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /groups/calendar.ics?<the /groups parameters>: one subscribable feed of every group
 * the search finds (up to SEARCH_EXPORT_LIMIT), so "groups near me" can be followed in a
 * phone's calendar with no account. A calendar app shows no notices, so a value we cannot
 * use is refused with a 400 that says why, rather than quietly left out as /groups does.
 */
export async function GET(request: Request) {
  const origin = requestOrigin(request);
  const { filters, problems } = parseSearchParams(new URL(request.url).searchParams);
  const invalid = problems.filter((p) => p.kind === "invalid");
  if (invalid.length > 0) {
    return plainText(400, [
      "This calendar address has values we could not use:",
      ...invalid.map((p) => `- ${p.param}${p.value ? `=${p.value}` : ""}: ${p.message}`),
      `Search again at ${origin}/groups and use "Subscribe in your calendar" under the results.`,
    ]);
  }
  const db = await getDb();
  const now = new Date();
  const found = await collectSearchResults(db, filters, problems, { now });
  if (found.place.status === "not-found" || found.place.status === "postal-unsupported") {
    const suggestions = found.place.status === "not-found" ? found.place.suggestions.map((s) => s.label) : [];
    return plainText(404, [
      `We could not find the place "${filters.near}", so this calendar would be empty.`,
      ...(suggestions.length ? [`Did you mean ${suggestions.join(" or ")}?`] : []),
      `Search again at ${origin}/groups and use "Subscribe in your calendar" under the results.`,
    ]);
  }

  const records = await loadPublicGroupDetails(db, found.results.map((r) => r.slug), now);
  const query = toSearchParams(filters, { page: 1 });
  const searchUrl = `${origin}/groups${query.size ? `?${query}` : ""}`;
  const labels = filterLabels(filters);
  const body = buildSearchCalendar({
    name: `Village: ${searchTitle(found)}${labels.length ? ` (${labels.join(", ")})` : ""}`,
    url: searchUrl,
    description: [
      `${resultsSentence(found)}.`,
      found.capped ? `This calendar has the first ${found.limit}; a narrower search on Village gives a shorter list.` : null,
      `See the list at ${searchUrl}`,
    ]
      .filter(Boolean)
      .join(" "),
    entries: records.map((record) => ({ group: toCalendarGroup(record, origin), meetings: toCalendarMeetings(record) })),
    now,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="village-groups.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
