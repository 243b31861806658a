import { buildSingleEventCalendar } from "@/lib/calendar/group-calendar";
import { toCalendarGroup } from "@/lib/calendar/group-calendar-input";
import { getDb } from "@/lib/db/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { findNextMeeting } from "@/lib/groups/meeting-views";
import { translatorFor } from "@/lib/i18n/messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** The group's next meeting as a one-event calendar file ("add to my calendar"), in the language of its address. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locale?: string }> }) {
  const { slug, locale: requested } = await params;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const record = await getPublicGroup(await getDb(), slug);
  const next = record ? findNextMeeting(record.meetings, new Date()) : null;
  if (!record || !next) {
    return new Response(`${translatorFor(locale, "Calendar")("noUpcomingMeeting")}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const body = buildSingleEventCalendar({
    group: toCalendarGroup(record, requestOrigin(request), locale),
    occurrence: { start: new Date(next.start), end: new Date(next.end) },
    timeZone: next.timeZone,
    locale,
  });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${slug}-next.ics"` },
  });
}
