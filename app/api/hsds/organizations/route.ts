import { answerOrganizations } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations: each public group as the organization that runs it. */
export const GET = (request: Request) => answerOrganizations(request);
