import { getDb } from "@/lib/db/client";
import { meetingGuideTypeDictionary } from "@/lib/feeds/meeting-guide/types";

export const dynamic = "force-dynamic";

/** GET /feeds/types.json: the names of every type code the Meeting Guide feed can send, Village's own included. */
export async function GET() {
  const languages = await (await getDb()).language.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
  return Response.json(meetingGuideTypeDictionary(languages), {
    headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
