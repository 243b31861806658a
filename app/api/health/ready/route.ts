import { databaseAnswers } from "@/lib/db/check-database";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/http/outage-page";

export const dynamic = "force-dynamic";

/** GET /api/health/ready: 200 when the database answers within a second, else 503, so a
 * load balancer sends visitors elsewhere until it does. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (await databaseAnswers()) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "unavailable", database: "not answering" }, { status: 503, headers: { ...headers, "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS) } });
}
