import { answerRoot } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds: the HSDS version and profile of this API, and its OpenAPI document. */
export const GET = (request: Request) => answerRoot(request);
