import type { PlaceOutcome } from "@/lib/groups/run-search";
import { NewTabLink } from "./new-tab-link";

/**
 * What the frame says instead of a list: the place was not found, or nothing matches. Every
 * way on opens Village itself in a new tab, since only this list may be framed.
 */
export function EmbedEmpty({ place, searchHref }: { place: PlaceOutcome; searchHref: string }) {
  const heading =
    place.status === "not-found"
      ? `We could not find “${place.query}”`
      : place.status === "postal-unsupported"
        ? "We don’t have that postcode yet"
        : "No groups match this search yet";
  return (
    <div role="status" className="flex flex-col gap-1 rounded-card border border-line bg-paper p-4">
      <h2 className="font-sans text-base font-semibold">{heading}</h2>
      <p className="text-sm">
        <NewTabLink href={searchHref}>Search for a group on Village</NewTabLink>, or{" "}
        <NewTabLink href="/groups?online=only">see online groups</NewTabLink> you can join from home.
      </p>
    </div>
  );
}
