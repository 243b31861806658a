import { toCalendarGroup, toCalendarMeetings } from "@/lib/calendar/group-calendar-input";
import { buildSearchCalendar } from "@/lib/calendar/search-calendar";
import { describeSearchCalendar, invalidSearchLines, placeNotFoundLines } from "@/lib/calendar/search-calendar-text";
import { getDb } from "@/lib/db/client";
import { collectSearchResults } from "@/lib/groups/collect-search";
import { loadPublicGroupDetails } from "@/lib/groups/public-group-details";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { localePath } from "@/lib/i18n/locale-path";
import { isLocale, routing } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

const plainText = (status: number, lines: string[]) =>
  new Response(`${lines.join("\n")}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /groups/calendar.ics?<the /groups parameters>: one subscribable feed of every group
 * the search finds (up to SEARCH_EXPORT_LIMIT), so "groups near me" can be followed in a
 * phone's calendar with no account. A calendar app shows no notices, so a value we cannot
 * use is refused with a 400 that says why, rather than quietly left out as /groups does.
 * /es/groups/calendar.ics is the same feed in Spanish, linking to the Spanish pages.
 */
export async function GET(request: Request, { params }: { params?: Promise<{ locale?: string }> } = {}) {
  const requested = (await params)?.locale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const origin = requestOrigin(request);
  const searchPage = `${origin}${localePath(locale, "/groups")}`;
  const { filters, problems } = parseSearchParams(new URL(request.url).searchParams);
  const invalid = problems.filter((p) => p.kind === "invalid");
  if (invalid.length > 0) return plainText(400, invalidSearchLines(invalid, searchPage, locale));
  const db = await getDb();
  const now = new Date();
  const found = await collectSearchResults(db, filters, problems, { now, locale });
  if (found.place.status === "not-found" || found.place.status === "postal-unsupported") {
    const suggestions = found.place.status === "not-found" ? found.place.suggestions.map((s) => s.label) : [];
    return plainText(404, placeNotFoundLines(filters.near ?? "", suggestions, searchPage, locale));
  }

  const records = await loadPublicGroupDetails(db, found.results.map((r) => r.slug), now);
  const query = toSearchParams(filters, { page: 1 });
  const searchUrl = `${searchPage}${query.size ? `?${query}` : ""}`;
  const body = buildSearchCalendar({
    ...describeSearchCalendar(found, searchUrl, locale),
    url: searchUrl,
    entries: records.map((record) => ({ group: toCalendarGroup(record, origin, locale), meetings: toCalendarMeetings(record) })),
    now,
    locale,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="village-groups.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
