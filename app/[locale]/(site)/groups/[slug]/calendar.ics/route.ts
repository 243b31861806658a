import { buildGroupCalendar } from "@/lib/calendar/group-calendar";
import { toCalendarGroup, toCalendarMeetings } from "@/lib/calendar/group-calendar-input";
import { getDb } from "@/lib/db/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { translatorFor } from "@/lib/i18n/messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** A subscribable iCalendar feed of the group's recurring meetings, worded and linked in the language of its address. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locale?: string }> }) {
  const { slug, locale: requested } = await params;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const record = await getPublicGroup(await getDb(), slug);
  if (!record) {
    return new Response(`${translatorFor(locale, "Calendar")("groupNotFound")}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const body = buildGroupCalendar({ group: toCalendarGroup(record, requestOrigin(request), locale), meetings: toCalendarMeetings(record), now: new Date(), locale });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
