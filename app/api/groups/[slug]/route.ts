import { getDb } from "@/lib/db/client";
import { toApiMeetings } from "@/lib/groups/api-views";
import { getPublicGroup, toGroupDetail } from "@/lib/groups/get-group";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** GET /api/groups/<slug>: one published group with its meetings and next dates. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const record = await getPublicGroup(await getDb(), slug);
  if (!record) return Response.json({ error: "not_found", message: "No published group has that address." }, { status: 404 });
  const origin = requestOrigin(request);
  const detail = toGroupDetail(record, new Date());
  return Response.json(
    { ...detail, meetings: toApiMeetings(detail.meetings), url: `${origin}/groups/${slug}`, calendarUrl: `${origin}/groups/${slug}/calendar.ics` },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
