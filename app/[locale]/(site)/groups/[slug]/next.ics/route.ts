import { buildSingleEventCalendar } from "@/lib/calendar/group-calendar";
import { toCalendarGroup } from "@/lib/calendar/group-calendar-input";
import { getDb } from "@/lib/db/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { findNextMeeting } from "@/lib/groups/meeting-views";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** The group's next meeting as a one-event calendar file ("add to my calendar"). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const record = await getPublicGroup(await getDb(), slug);
  const next = record ? findNextMeeting(record.meetings, new Date()) : null;
  if (!record || !next) return new Response("This group has no upcoming meeting.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = buildSingleEventCalendar({
    group: toCalendarGroup(record, requestOrigin(request)),
    occurrence: { start: new Date(next.start), end: new Date(next.end) },
    timeZone: next.timeZone,
  });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${slug}-next.ics"` },
  });
}
