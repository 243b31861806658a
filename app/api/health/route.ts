export const dynamic = "force-dynamic";

/** GET /api/health: the process is up and serving. Touches no database, so a load balancer
 * does not restart a healthy process while the database is away. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
