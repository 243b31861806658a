import { getCurrentUser } from "@/lib/auth/current-user";
import { canModerate } from "@/lib/auth/permissions";
import { templateCsv } from "@/lib/import/template";

/** The import template, for moderators (route handlers are not behind the admin layout). */
export async function GET() {
  const user = await getCurrentUser();
  if (!canModerate(user ? { id: user.id, role: user.role } : null)) return new Response("Only moderators can download the import template.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(templateCsv(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="village-import-template.csv"', "Cache-Control": "no-store" },
  });
}
