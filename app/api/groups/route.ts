import { getDb } from "@/lib/db/client";
import { toSearchResponse } from "@/lib/groups/api-views";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { requestOrigin } from "@/lib/urls/site-url";

export const dynamic = "force-dynamic";

/** GET /api/groups: the same parameters and results as /groups, as JSON. */
export async function GET(request: Request) {
  const { filters, problems } = parseSearchParams(new URL(request.url).searchParams);
  const invalid = problems.filter((p) => p.kind === "invalid");
  if (invalid.length) {
    return Response.json({ error: "invalid_parameters", problems: invalid }, { status: 400 });
  }
  const outcome = await runSearch(await getDb(), filters, problems);
  return Response.json(toSearchResponse(outcome, requestOrigin(request)), {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
