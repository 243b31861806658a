import { ButtonLink } from "@/components/ui/button";
import { VisitorTime } from "@/components/groups/visitor-time";
import { googleCalendarLink } from "@/lib/calendar/group-calendar";
import type { NextMeeting } from "@/lib/groups/meeting-views";
import { formatOccurrence } from "@/lib/schedule";
import { useLocale, useTranslations } from "next-intl";

type Props = { slug: string; name: string; summary: string; locationText: string | null; next: NextMeeting | null; online: boolean };

/** The one thing most visitors came for: when can I go, and put it in my calendar. */
export function NextMeetingPanel({ slug, name, summary, locationText, next, online }: Props) {
  const t = useTranslations("Group");
  const locale = useLocale();
  return (
    <section aria-labelledby="next-heading" className="rounded-card border border-sage-200 bg-sage-50 p-5 sm:p-6">
      <h2 id="next-heading" className="text-xl">
        {t("nextMeeting")}
      </h2>
      {next ? (
        <>
          <p className="mt-2 text-lg font-semibold">
            <time dateTime={next.start}>{formatOccurrence(new Date(next.start), next.timeZone, {}, locale)}</time>
            {next.label ? <span className="font-normal text-ink-muted"> · {next.label}</span> : null}
          </p>
          {online ? <VisitorTime iso={next.start} groupTimeZone={next.timeZone} /> : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`/groups/${slug}/next.ics`} variant="primary" size="sm" download>
              {t("addToCalendar")}
            </ButtonLink>
            <ButtonLink
              href={googleCalendarLink({ title: name, details: summary, location: locationText, start: new Date(next.start), end: new Date(next.end), locale })}
              variant="secondary"
              size="sm"
              rel="noopener noreferrer"
              target="_blank"
            >
              Google Calendar
            </ButtonLink>
            <ButtonLink href={`/groups/${slug}/calendar.ics`} variant="ghost" size="sm">
              {t("subscribe")}
            </ButtonLink>
          </div>
        </>
      ) : (
        <p className="mt-2">{t("noUpcomingLong")}</p>
      )}
    </section>
  );
}
