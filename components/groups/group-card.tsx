import Link from "next/link";
import type { GroupCard as GroupCardData } from "@/lib/groups/group-cards";
import { describeWhere } from "@/lib/groups/where-line";
import { GroupFacts } from "./group-facts";
import { NextMeeting } from "./next-meeting";

/** One search result. The whole title is the link; everything else is plain text. */
export function GroupCard({ group }: { group: GroupCardData }) {
  const isOnline = group.format === "ONLINE";
  return (
    <article className="flex flex-col gap-3 rounded-card border border-line bg-paper-raised p-5 shadow-card sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="text-xl">
          <Link href={`/groups/${group.slug}`} className="no-underline hover:underline">
            {group.name}
          </Link>
        </h3>
        {group.distance ? (
          <p className="text-sm font-semibold text-sage-700">
            {group.distance.value} {group.distance.unit} away
          </p>
        ) : isOnline ? (
          <p className="text-sm font-semibold text-sky-700">Online</p>
        ) : null}
      </div>
      <p className="text-sm text-ink-muted">{describeWhere(group)}</p>
      <p>{group.summary}</p>
      <GroupFacts {...group} />
      <div className="border-t border-line pt-3">
        {group.meetings.map((m) => (
          <p key={m.id} className="text-sm text-ink-muted">
            {m.label ? `${m.label}: ` : null}
            {m.pattern}, {m.timeRange}
          </p>
        ))}
        <NextMeeting next={group.nextMeeting} showVisitorTime={isOnline} />
      </div>
    </article>
  );
}
