import type { Locale } from "@/lib/i18n/routing";
import { addMeetingEvents, createCalendar, finishCalendar, type CalendarGroup, type CalendarMeeting } from "./group-calendar";

export type SearchCalendarEntry = { group: CalendarGroup; meetings: CalendarMeeting[] };

/**
 * One subscribable feed for every group a search found: each group's meetings as in its
 * own feed (the same events, with the same UIDs), so following "groups near me" is one
 * subscription. `url` is the search's page, `description` says what the feed holds, both
 * in the feed's `locale`.
 */
export function buildSearchCalendar({
  name,
  url,
  description,
  entries,
  now,
  locale,
}: {
  name: string;
  url: string;
  description: string;
  entries: SearchCalendarEntry[];
  now: Date;
  locale?: Locale;
}): string {
  const calendar = createCalendar({ name, url, description, locale });
  for (const { group, meetings } of entries) addMeetingEvents(calendar, group, meetings, now, locale);
  return finishCalendar(calendar);
}
