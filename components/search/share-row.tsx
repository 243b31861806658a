import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * Under the results: this search printed, followed in a calendar, or shown on another
 * site, each in the page's language. Small plain links, so the results stay the page's
 * business. `origin` makes the calendar addresses absolute, as calendar apps need.
 */
export function ShareRow({ filters, origin }: { filters: SearchFilters; origin: string }) {
  const t = useTranslations("Share");
  const locale = useLocale();
  const query = toSearchParams(filters, { page: 1 });
  const suffix = query.size ? `?${query}` : "";
  const feed = `${origin}${localePath(locale, "/groups/calendar.ics")}${suffix}`;
  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-1 border-t border-line pt-4 text-sm">
      <h2 id="share-heading" className="font-sans text-sm font-semibold text-ink-muted">
        {t("heading")}
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        <li>
          <Link href={`/groups/print${suffix}`} className="inline-flex min-h-tap items-center">
            {t("print")}
          </Link>
        </li>
        <li className="inline-flex min-h-tap items-center gap-1">
          {/* webcal: opens the phone's calendar app to subscribe; the https address is for apps that ask for one. */}
          <a href={feed.replace(/^https?:/, "webcal:")}>{t("subscribe")}</a>
          <span className="text-ink-muted">{t.rich("calendarAddress", { link: (chunks) => <a href={feed}>{chunks}</a> })}</span>
        </li>
        <li>
          <Link href={`/groups/embed-builder${suffix}`} className="inline-flex min-h-tap items-center">
            {t("embed")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
