import { answerOrganization } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations/<id>: one organization with its locations and service. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerOrganization(request, (await params).id);
}
