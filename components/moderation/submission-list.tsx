import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ageOf, formatStamp } from "@/lib/format/dates";
import type { QueueSubmission } from "@/lib/moderation/queue";

export function SubmissionList({ items, now }: { items: QueueSubmission[]; now: Date }) {
  const t = useTranslations("Moderation");
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
          <div className="flex flex-col gap-0.5">
            <Link href={`/admin/listings/${item.id}`} className="text-lg font-semibold">
              {item.name}
            </Link>
            <p className="text-sm text-ink-muted [overflow-wrap:anywhere]">
              {item.place ?? (item.online ? t("submission.online") : t("submission.noVenue"))} · {item.organiser ?? t("submission.noOrganiser")}
            </p>
          </div>
          <p className="text-sm text-ink-muted sm:text-right">
            {t.rich("submission.sent", {
              age: t("age", ageOf(item.waitingSince, now)),
              time: (chunks) => (
                <time dateTime={item.waitingSince.toISOString()} title={formatStamp(item.waitingSince, locale)}>
                  {chunks}
                </time>
              ),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
