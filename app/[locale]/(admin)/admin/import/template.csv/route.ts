import { getCurrentUser } from "@/lib/auth/current-user";
import { canModerate } from "@/lib/auth/permissions";
import { translatorFor } from "@/lib/i18n/messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { templateCsv } from "@/lib/import/template";

type Context = { params: Promise<{ locale: string }> };

/** The import template, for moderators (route handlers are not behind the admin layout), explained in the page's language. */
export async function GET(_request: Request, { params }: Context) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const user = await getCurrentUser();
  if (!canModerate(user ? { id: user.id, role: user.role } : null)) {
    return new Response(translatorFor(locale, "Import")("templateForbidden"), { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(templateCsv(locale), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="village-import-template.csv"', "Cache-Control": "no-store" },
  });
}
