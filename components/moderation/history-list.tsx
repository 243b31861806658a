import { useLocale, useTranslations } from "next-intl";
import type { AuditRow } from "@/lib/moderation/audit-log";
import { formatStamp } from "@/lib/format/dates";

/** One listing's audit trail, newest first. */
export function HistoryList({ entries }: { entries: AuditRow[] }) {
  const t = useTranslations("Moderation.audit");
  const locale = useLocale();
  if (entries.length === 0) return <p className="text-ink-muted">{t("nothingYet")}</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-line pl-4">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p>
            <span className="font-semibold">{t(`actions.${entry.action}`)}</span> · {entry.actor ?? t("system")}
          </p>
          <p className="text-sm text-ink-muted">
            <time dateTime={entry.createdAt.toISOString()}>{formatStamp(entry.createdAt, locale)}</time>
          </p>
          {entry.reason ? <p className="mt-1 whitespace-pre-line break-words">{entry.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
