import { answerService } from "@/lib/open-data/hsds/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/hsds/services/<id>: one public group as a fully nested HSDS service. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerService(request, (await params).id);
}
