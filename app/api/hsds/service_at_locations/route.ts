import { answerServiceAtLocations } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds/service_at_locations: groups at their venues and online, by postcode and proximity. */
export const GET = (request: Request) => answerServiceAtLocations(request);
