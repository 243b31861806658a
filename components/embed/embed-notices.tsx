import { useTranslations } from "next-intl";
import type { PlaceOutcome } from "@/lib/groups/run-search";
import { NewTabLink } from "./new-tab-link";

/**
 * What the frame says instead of a list: the place was not found, or nothing matches. Every
 * way on opens Village itself in a new tab, since only this list may be framed.
 */
export function EmbedEmpty({ place, searchHref }: { place: PlaceOutcome; searchHref: string }) {
  const t = useTranslations("Embed");
  const search = useTranslations("Search");
  const heading = place.status === "not-found" ? search("placeNotFound", { query: place.query }) : place.status === "postal-unsupported" ? search("postcodeHeading") : search("noResults");
  return (
    <div role="status" className="flex flex-col gap-1 rounded-card border border-line bg-paper p-4">
      <h2 className="font-sans text-base font-semibold">{heading}</h2>
      <p className="text-sm">
        {t.rich("empty", {
          search: (chunks) => <NewTabLink href={searchHref}>{chunks}</NewTabLink>,
          online: (chunks) => <NewTabLink href="/groups?online=only">{chunks}</NewTabLink>,
        })}
      </p>
    </div>
  );
}
