import type { MeetingView, UpcomingDate } from "@/lib/groups/meeting-views";
import { formatOccurrence } from "@/lib/schedule";

/** The meeting pattern in words, then the actual dates for the next few weeks. */
export function ScheduleSection({ meetings, upcoming }: { meetings: MeetingView[]; upcoming: UpcomingDate[] }) {
  return (
    <section aria-labelledby="when-heading" className="flex flex-col gap-3">
      <h2 id="when-heading" className="text-2xl">
        When it meets
      </h2>
      <ul className="flex flex-col gap-1">
        {meetings.map((m) => (
          <li key={m.id}>
            {m.label ? <span className="font-semibold">{m.label}: </span> : null}
            {m.pattern}, {m.timeRange} <span className="text-ink-muted">({m.timeZone.replace(/_/g, " ")} time)</span>
            {m.endDate ? <span className="text-ink-muted"> · until {m.endDate}</span> : null}
          </li>
        ))}
      </ul>
      {upcoming.length > 0 ? (
        <>
          <h3 className="mt-2 text-lg">Coming up</h3>
          <ul className="flex flex-col divide-y divide-line rounded-card border border-line bg-paper-raised">
            {upcoming.slice(0, 10).map((d) => (
              <li key={d.start} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                <time dateTime={d.start} className={d.cancelled ? "text-ink-muted line-through" : undefined}>
                  {formatOccurrence(new Date(d.start), d.timeZone)}
                </time>
                {d.cancelled ? (
                  <span className="text-sm font-semibold text-rose-700">Cancelled{d.reason ? `: ${d.reason}` : ""}</span>
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
