import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ageOf, formatStamp } from "@/lib/format/dates";
import type { QueueReport } from "@/lib/moderation/queue";

type Props = {
  items: QueueReport[];
  now: Date;
  /** The resolve form for a report (a client component; left out where only reading). */
  resolveForm?: (reportId: string) => ReactNode;
};

/** Visitors' reports. Their words are shown as plain text, exactly as typed. */
export function ReportList({ items, now, resolveForm }: Props) {
  const t = useTranslations("Moderation");
  const reasons = useTranslations("Contact.reasons");
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-3 rounded-card border border-line bg-paper-raised p-4 sm:p-5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Badge tone={item.reason === "INAPPROPRIATE" ? "rose" : "sky"}>{reasons(item.reason)}</Badge>
            <Link href={`/admin/listings/${item.group.id}`} className="font-semibold">
              {item.group.name}
            </Link>
            {item.group.isPublic ? (
              <Link href={`/groups/${item.group.slug}`} className="text-sm">
                {t("report.publicPage")}
              </Link>
            ) : (
              <span className="text-sm text-ink-muted">{t("report.notPublic")}</span>
            )}
            <span className="text-sm text-ink-muted sm:ml-auto">
              <time dateTime={item.createdAt.toISOString()} title={formatStamp(item.createdAt, locale)}>
                {t("age", ageOf(item.createdAt, now))}
              </time>
            </span>
          </div>
          {item.details ? (
            <blockquote className="whitespace-pre-line break-words border-l-4 border-line pl-4">{item.details}</blockquote>
          ) : (
            <p className="text-sm text-ink-muted">{t("report.noDetails")}</p>
          )}
          {resolveForm ? resolveForm(item.id) : null}
        </li>
      ))}
    </ul>
  );
}
