import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ageOf, formatStamp } from "@/lib/format/dates";
import type { QueueRevision } from "@/lib/moderation/queue";

/** How many changed fields a queue item names before it says "and N more". */
const NAMED_FIELDS = 6;

/** Pending edits, each with the names of the fields it changes. */
export function RevisionList({ items, now }: { items: QueueRevision[]; now: Date }) {
  const t = useTranslations("Moderation");
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => {
        const labels = [...new Set(item.changes.map((c) => c.label.replace(/ \d+$/, "")))];
        const named = labels.slice(0, NAMED_FIELDS).join(", ");
        const time = (chunks: ReactNode) => (
          <time dateTime={item.createdAt.toISOString()} title={formatStamp(item.createdAt, locale)}>
            {chunks}
          </time>
        );
        const age = t("age", ageOf(item.createdAt, now));
        return (
          <li key={item.id} className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-4 sm:p-5">
            <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
              <Link href={`/admin/revisions/${item.id}`} className="text-lg font-semibold">
                {t("revision.editTo", { name: item.groupName })}
              </Link>
              <p className="text-sm text-ink-muted">{item.author ? t.rich("revision.sentBy", { age, author: item.author, time }) : t.rich("revision.sent", { age, time })}</p>
            </div>
            <p className="text-sm">
              {labels.length === 0 ? (
                <span className="text-ink-muted">{t("revision.noChanges")}</span>
              ) : (
                t.rich("revision.changes", {
                  count: labels.length,
                  fields: labels.length > NAMED_FIELDS ? t("revision.andMore", { fields: named, count: labels.length - NAMED_FIELDS }) : named,
                  strong: (chunks) => <span className="font-semibold">{chunks}</span>,
                })
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
