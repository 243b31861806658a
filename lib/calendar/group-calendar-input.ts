import { toMeetingRule } from "@/lib/schedule";
import type { GroupDetailRecord } from "@/lib/groups/public-select";
import { localePath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";

/** What the iCalendar builders need from a published group; its page in the feed's language. */
export function toCalendarGroup(record: GroupDetailRecord, origin: string, locale: Locale = routing.defaultLocale) {
  const loc = record.location;
  return {
    slug: record.slug,
    name: record.name,
    summary: record.summary,
    url: `${origin}${localePath(locale, `/groups/${record.slug}`)}`,
    locationText: loc
      ? [loc.venueName, loc.addressLine1, loc.addressLine2, loc.locality, loc.region, loc.postalCode].filter(Boolean).join(", ")
      : null,
    lat: loc?.lat ?? null,
    lng: loc?.lng ?? null,
  };
}

export function toCalendarMeetings(record: GroupDetailRecord) {
  return record.meetings.map((m) => ({ id: m.id, label: m.label, rule: toMeetingRule(m) }));
}
