import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";

/**
 * Under the results: this search printed, followed in a calendar, or shown on another
 * site. Small plain links, so the results stay the page's business. `origin` makes the
 * calendar addresses absolute, as calendar apps need.
 */
export function ShareRow({ filters, origin }: { filters: SearchFilters; origin: string }) {
  const query = toSearchParams(filters, { page: 1 });
  const suffix = query.size ? `?${query}` : "";
  const feed = `${origin}/groups/calendar.ics${suffix}`;
  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-1 border-t border-line pt-4 text-sm">
      <h2 id="share-heading" className="font-sans text-sm font-semibold text-ink-muted">
        Share, print or subscribe
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        <li>
          <Link href={`/groups/print${suffix}`} className="inline-flex min-h-tap items-center">
            Print this list
          </Link>
        </li>
        <li className="inline-flex min-h-tap items-center gap-1">
          {/* webcal: opens the phone's calendar app to subscribe; the https address is for apps that ask for one. */}
          <a href={feed.replace(/^https?:/, "webcal:")}>Subscribe in your calendar</a>
          <span className="text-ink-muted">
            (<a href={feed}>calendar address</a>)
          </span>
        </li>
        <li>
          <Link href={`/groups/embed-builder${suffix}`} className="inline-flex min-h-tap items-center">
            Put these groups on your website
          </Link>
        </li>
      </ul>
    </section>
  );
}
