import type { GroupCard } from "@/lib/groups/group-cards";
import { describeWhere } from "@/lib/groups/where-line";
import { formatOccurrence } from "@/lib/schedule";
import { NewTabLink } from "./new-tab-link";

/** One group in the embedded list: name (to its page on Village), where, when, cost. */
export function EmbedGroupItem({ group }: { group: GroupCard }) {
  const facts = [group.isFree ? "Free" : "Paid", group.babiesWelcome ? "Babies welcome" : null, group.wheelchairAccessible ? "Wheelchair accessible" : null].filter(Boolean);
  return (
    <article className="flex flex-col gap-0.5 py-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="font-sans text-base font-semibold">
          <NewTabLink href={`/groups/${group.slug}`} className="text-clay-800 hover:text-clay-900">
            {group.name}
          </NewTabLink>
        </h2>
        {group.distance ? (
          <p className="shrink-0 text-sm font-semibold text-sage-700">
            {group.distance.value} {group.distance.unit}
          </p>
        ) : null}
      </div>
      <p className="text-sm text-ink-muted">{describeWhere(group)}</p>
      {group.meetings.map((m) => (
        <p key={m.id} className="text-sm">
          {m.label ? `${m.label}: ` : null}
          {m.pattern}, {m.timeRange}
        </p>
      ))}
      <p className="text-sm">
        {group.nextMeeting ? (
          <>
            <span className="font-semibold">Next: </span>
            <time dateTime={group.nextMeeting.start}>{formatOccurrence(new Date(group.nextMeeting.start), group.nextMeeting.timeZone)}</time>
          </>
        ) : (
          <span className="text-ink-muted">No upcoming dates listed</span>
        )}
        <span className="text-ink-muted"> · {facts.join(" · ")}</span>
      </p>
    </article>
  );
}
