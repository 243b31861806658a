import { getDb } from "@/lib/db/client";
import { openMeetingGuideFeed } from "@/lib/feeds/meeting-guide/feed-stream";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** GET /feeds/meeting-guide.json: every public weekly meeting in the Meeting Guide format, streamed. */
export async function GET(request: Request) {
  const body = await openMeetingGuideFeed(await getDb(), { origin: requestOrigin(request), now: new Date() });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      // TSML UI reads the feed from the browser, on the reader's own site.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
