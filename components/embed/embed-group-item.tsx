import { useLocale, useTranslations } from "next-intl";
import type { GroupCard } from "@/lib/groups/group-cards";
import { describeWhere } from "@/lib/groups/where-line";
import { describeRule, formatOccurrence, formatTimeRange } from "@/lib/schedule";
import { NewTabLink } from "./new-tab-link";

/** One group in the embedded list: name (to its page on Village), where, when, cost. */
export function EmbedGroupItem({ group }: { group: GroupCard }) {
  const t = useTranslations("Embed");
  const v = useTranslations("Vocabulary");
  const locale = useLocale();
  const facts = [group.isFree ? v("costs.free") : v("costs.paid"), group.babiesWelcome ? v("babiesWelcome") : null, group.wheelchairAccessible ? v("wheelchairAccessible") : null].filter(Boolean);
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
            {t("distance", { distance: new Intl.NumberFormat(locale).format(group.distance.value), unit: group.distance.unit })}
          </p>
        ) : null}
      </div>
      <p className="text-sm text-ink-muted">{describeWhere(group, locale)}</p>
      {group.meetings.map((m) => {
        const words = { pattern: describeRule(m.rule, locale), time: formatTimeRange(m.rule, locale) };
        return (
          <p key={m.id} className="text-sm">
            {m.label ? t("labelledMeeting", { ...words, label: m.label }) : t("meeting", words)}
          </p>
        );
      })}
      <p className="text-sm">
        {group.nextMeeting ? (
          <>
            <span className="font-semibold">{t("nextLabel")} </span>
            <time dateTime={group.nextMeeting.start}>{formatOccurrence(new Date(group.nextMeeting.start), group.nextMeeting.timeZone, {}, locale)}</time>
          </>
        ) : (
          <span className="text-ink-muted">{t("noUpcoming")}</span>
        )}
        <span className="text-ink-muted"> · {facts.join(" · ")}</span>
      </p>
    </article>
  );
}
