import type { GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { FORMATS, VENUE_TYPES, labelFor } from "./vocabulary";

type Where = { format: GroupFormat; venueType: VenueType | null; location: { venueName: string; locality: string } | null };

/** "Library · Willowbend Community Center · Austin · In person and online", or "Online": a result's one line of where. */
export function describeWhere(group: Where): string {
  if (group.format === "ONLINE") return "Online";
  const place = [group.venueType ? labelFor(VENUE_TYPES, group.venueType) : null, group.location?.venueName, group.location?.locality].filter(Boolean).join(" · ");
  return group.format === "HYBRID" ? `${place} · ${labelFor(FORMATS, "HYBRID")}` : place;
}
