import type { MeetingView, UpcomingDate } from "@/lib/groups/meeting-views";
import { describeRule, formatOccurrence, formatTimeRange } from "@/lib/schedule";
import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/format/dates";

/** The meeting pattern in words, then the actual dates for the next few weeks. */
export function ScheduleSection({ meetings, upcoming }: { meetings: MeetingView[]; upcoming: UpcomingDate[] }) {
  const t = useTranslations("Group");
  const locale = useLocale();
  return (
    <section aria-labelledby="when-heading" className="flex flex-col gap-3">
      <h2 id="when-heading" className="text-2xl">
        {t("whenItMeets")}
      </h2>
      <ul className="flex flex-col gap-1">
        {meetings.map((m) => (
          <li key={m.id}>
            {m.label ? <span className="font-semibold">{m.label}: </span> : null}
            {t("pattern", { pattern: describeRule(m.rule, locale), time: formatTimeRange(m.rule, locale) })}{" "}
            <span className="text-ink-muted">{t("zoneTime", { zone: m.timeZone.replace(/_/g, " ") })}</span>
            {m.endDate ? <span className="text-ink-muted"> · {t("until", { date: formatDay(new Date(`${m.endDate}T12:00:00Z`), "UTC", locale) })}</span> : null}
          </li>
        ))}
      </ul>
      {upcoming.length > 0 ? (
        <>
          <h3 className="mt-2 text-lg">{t("comingUp")}</h3>
          <ul className="flex flex-col divide-y divide-line rounded-card border border-line bg-paper-raised">
            {upcoming.slice(0, 10).map((d) => (
              <li key={d.start} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                <time dateTime={d.start} className={d.cancelled ? "text-ink-muted line-through" : undefined}>
                  {formatOccurrence(new Date(d.start), d.timeZone, {}, locale)}
                </time>
                {d.cancelled ? (
                  <span className="text-sm font-semibold text-rose-700">{d.reason ? t("cancelledBecause", { reason: d.reason }) : t("cancelled")}</span>
                ) : d.label ? (
                  <span className="text-sm text-ink-muted">{d.label}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
