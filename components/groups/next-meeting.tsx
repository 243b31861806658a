import { formatOccurrence } from "@/lib/schedule";
import type { NextMeeting as NextMeetingData } from "@/lib/groups/meeting-views";
import { VisitorTime } from "./visitor-time";
import { useLocale, useTranslations } from "next-intl";

type Props = { next: NextMeetingData | null; showVisitorTime: boolean };

/** "Next: Tue 2 Dec, 7:00 pm CST", with the visitor's own time for online groups. */
export function NextMeeting({ next, showVisitorTime }: Props) {
  const t = useTranslations("Group");
  const locale = useLocale();
  if (!next) return <p className="text-sm text-ink-muted">{t("noUpcoming")}</p>;
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold text-ink">{t("nextLabel")} </span>
        <time dateTime={next.start}>{formatOccurrence(new Date(next.start), next.timeZone, {}, locale)}</time>
      </p>
      {showVisitorTime ? <VisitorTime iso={next.start} groupTimeZone={next.timeZone} /> : null}
    </div>
  );
}
