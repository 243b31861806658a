import type { GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { VENUE_TYPES, slugOf } from "./vocabulary";

type Where = { format: GroupFormat; venueType: VenueType | null; location: { venueName: string; locality: string } | null };

/** "Library · Willowbend Community Center · Austin · In person and online", or "Online": a result's one line of where, in `locale`. */
export function describeWhere(group: Where, locale: Locale = routing.defaultLocale): string {
  const v = translatorFor(locale, "Vocabulary");
  if (group.format === "ONLINE") return v("formats.online");
  const place = [group.venueType ? v(`venues.${slugOf(VENUE_TYPES, group.venueType)}`) : null, group.location?.venueName, group.location?.locality].filter(Boolean).join(" · ");
  return group.format === "HYBRID" ? `${place} · ${v("formats.hybrid")}` : place;
}
