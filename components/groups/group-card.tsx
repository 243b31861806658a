import { Link } from "@/lib/i18n/navigation";
import type { GroupCard as GroupCardData } from "@/lib/groups/group-cards";
import { VENUE_TYPES, slugOf } from "@/lib/groups/vocabulary";
import { describeRule, formatTimeRange } from "@/lib/schedule";
import { GroupFacts } from "./group-facts";
import { NextMeeting } from "./next-meeting";
import { useLocale, useTranslations } from "next-intl";

/** One search result. The whole title is the link; everything else is plain text. */
export function GroupCard({ group }: { group: GroupCardData }) {
  const t = useTranslations("Group");
  const v = useTranslations("Vocabulary");
  const locale = useLocale();
  const isOnline = group.format === "ONLINE";
  const where = isOnline
    ? v("formats.online")
    : [group.venueType ? v(`venues.${slugOf(VENUE_TYPES, group.venueType)}`) : null, group.location?.venueName, group.location?.locality].filter(Boolean).join(" · ");
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
            {t("away", { distance: new Intl.NumberFormat(locale).format(group.distance.value), unit: group.distance.unit })}
          </p>
        ) : isOnline ? (
          <p className="text-sm font-semibold text-sky-700">{v("formats.online")}</p>
        ) : null}
      </div>
      <p className="text-sm text-ink-muted">
        {where}
        {group.format === "HYBRID" ? ` · ${v("formats.hybrid")}` : null}
      </p>
      <p>{group.summary}</p>
      <GroupFacts {...group} />
      <div className="border-t border-line pt-3">
        {group.meetings.map((m) => (
          <p key={m.id} className="text-sm text-ink-muted">
            {m.label ? `${m.label}: ` : null}
            {t("pattern", { pattern: describeRule(m.rule, locale), time: formatTimeRange(m.rule, locale) })}
          </p>
        ))}
        <NextMeeting next={group.nextMeeting} showVisitorTime={isOnline} />
      </div>
    </article>
  );
}
