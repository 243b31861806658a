import Link from "next/link";
import type { PlaceOutcome } from "@/lib/groups/run-search";
import { toSearchParams, type SearchFilters } from "@/lib/groups/search-params";

const searchHref = (filters: SearchFilters, near: string) => `/groups?${toSearchParams(filters, { near, lat: undefined, lng: undefined, page: 1 })}`;
const onlineHref = (filters: SearchFilters) => `/groups?${toSearchParams(filters, { near: undefined, lat: undefined, lng: undefined, online: "only", page: 1 })}`;

/** What we understood of the place typed, with a way out when it was ambiguous or unknown. */
export function PlaceNotice({ place, filters }: { place: PlaceOutcome; filters: SearchFilters }) {
  if (place.status === "found" && place.alternatives.length > 0) {
    return (
      <p className="text-sm text-ink-muted">
        Did you mean{" "}
        {place.alternatives.map((alt, i) => (
          <span key={alt.queryValue}>
            {i > 0 ? (i === place.alternatives.length - 1 ? " or " : ", ") : null}
            <Link href={searchHref(filters, alt.queryValue)}>{alt.label}</Link>
          </span>
        ))}
        ?
      </p>
    );
  }
  if (place.status === "not-found") {
    return (
      <div role="status" className="rounded-card border border-clay-200 bg-clay-50 p-4 sm:p-5">
        <h2 className="text-xl">We could not find “{place.query}”</h2>
        {place.suggestions.length > 0 ? (
          <p className="mt-2">
            Did you mean{" "}
            {place.suggestions.map((s, i) => (
              <span key={s.queryValue}>
                {i > 0 ? (i === place.suggestions.length - 1 ? " or " : ", ") : null}
                <Link href={searchHref(filters, s.queryValue)} className="font-semibold">
                  {s.label}
                </Link>
              </span>
            ))}
            ?
          </p>
        ) : (
          <p className="mt-2">Check the spelling, or try a nearby larger town or city.</p>
        )}
        <p className="mt-2">
          You can also <Link href={onlineHref(filters)}>browse online groups</Link>, which you can join from anywhere.
        </p>
      </div>
    );
  }
  if (place.status === "postal-unsupported") {
    return (
      <div role="status" className="rounded-card border border-clay-200 bg-clay-50 p-4 sm:p-5">
        <h2 className="text-xl">We don’t have that postcode yet</h2>
        <p className="mt-2">
          We know postcodes for the United States, Canada and Australia
          {place.countryName ? `, but not yet for ${place.countryName}` : ""}. Please try your town’s name instead, for example
          “Leeds” or “Manchester”.
        </p>
        <p className="mt-2">
          Or <Link href={onlineHref(filters)}>browse online groups</Link>, which you can join from anywhere.
        </p>
      </div>
    );
  }
  return null;
}
