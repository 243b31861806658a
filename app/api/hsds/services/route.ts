import { answerServices } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds/services: public groups as HSDS services, a page at a time or (format=ndjson) all at once. */
export const GET = (request: Request) => answerServices(request);
