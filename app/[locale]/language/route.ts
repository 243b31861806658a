import { isLocale, routing } from "@/lib/i18n/routing";
import { localeCookieHeader } from "@/lib/i18n/language-choice";
import { languageChoiceTarget } from "@/lib/i18n/language-choice-target";

// The language switcher's link. Choosing a language is the one thing that remembers one: the
// cookie is set here and nowhere else, so reading a shared /es link never changes what the
// visitor's home page opens in. A plain link, so it works before JavaScript loads.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const url = new URL(request.url);
  return new Response(null, {
    status: 303,
    headers: {
      location: languageChoiceTarget(locale, url.searchParams.get("next")),
      "set-cookie": localeCookieHeader(locale, url.protocol === "https:"),
      "cache-control": "private, no-store",
    },
  });
}
