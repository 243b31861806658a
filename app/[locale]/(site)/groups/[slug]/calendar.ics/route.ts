import { buildGroupCalendar } from "@/lib/calendar/group-calendar";
import { toCalendarGroup, toCalendarMeetings } from "@/lib/calendar/group-calendar-input";
import { getDb } from "@/lib/db/client";
import { getPublicGroup } from "@/lib/groups/get-group";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** A subscribable iCalendar feed of the group's recurring meetings. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const record = await getPublicGroup(await getDb(), slug);
  if (!record) return new Response("No published group has that address.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = buildGroupCalendar({ group: toCalendarGroup(record, requestOrigin(request)), meetings: toCalendarMeetings(record), now: new Date() });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
