import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AuditPage } from "@/lib/moderation/audit-log";
import { formatStamp } from "@/lib/format/dates";

/** The audit log: a table on wide screens, one card per entry on phones. */
export function AuditTable({ log }: { log: AuditPage }) {
  const t = useTranslations("Moderation.audit");
  const locale = useLocale();
  if (log.total === 0) return <p>{t("empty")}</p>;
  const action = (entry: AuditPage["entries"][number]) => t(`actions.${entry.action}`);
  const actor = (entry: AuditPage["entries"][number]) => entry.actor ?? t("system");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t("count", { total: log.total, page: log.page, pageCount: log.pageCount })}</p>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">{t("when")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("who")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("what")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("listing")}</th>
            <th scope="col" className="py-2 font-semibold">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {log.entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top">
              <th scope="row" className="whitespace-nowrap py-3 pr-4 text-sm font-normal">
                <time dateTime={entry.createdAt.toISOString()}>{formatStamp(entry.createdAt, locale)}</time>
              </th>
              <td className="py-3 pr-4">{actor(entry)}</td>
              <td className="py-3 pr-4 font-medium">{action(entry)}</td>
              <td className="py-3 pr-4">{entry.group ? <Link href={`/admin/listings/${entry.group.id}`}>{entry.group.name}</Link> : <span className="text-ink-muted">—</span>}</td>
              <td className="whitespace-pre-line py-3 text-sm">{entry.reason ?? <span className="text-ink-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="flex flex-col gap-3 md:hidden" aria-label={t("caption")}>
        {log.entries.map((entry) => (
          <li key={entry.id} className="rounded-card border border-line bg-paper-raised p-4">
            <p className="font-semibold">{action(entry)}</p>
            <dl className="mt-1 grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-ink-muted">{t("when")}</dt>
              <dd>
                <time dateTime={entry.createdAt.toISOString()}>{formatStamp(entry.createdAt, locale)}</time>
              </dd>
              <dt className="text-ink-muted">{t("who")}</dt>
              <dd>{actor(entry)}</dd>
              {entry.group ? (
                <>
                  <dt className="text-ink-muted">{t("listing")}</dt>
                  <dd>
                    <Link href={`/admin/listings/${entry.group.id}`}>{entry.group.name}</Link>
                  </dd>
                </>
              ) : null}
              {entry.reason ? (
                <>
                  <dt className="text-ink-muted">{t("why")}</dt>
                  <dd className="whitespace-pre-line">{entry.reason}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      <Pager page={log.page} pageCount={log.pageCount} />
    </div>
  );
}

function Pager({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useTranslations("Moderation.audit");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`} rel="prev" className="inline-flex min-h-tap items-center">{t("newer")}</Link> : <span />}
      <span className="text-sm text-ink-muted">{t("page", { page, pageCount })}</span>
      {page < pageCount ? <Link href={`/admin/audit?page=${page + 1}`} rel="next" className="inline-flex min-h-tap items-center">{t("older")}</Link> : <span />}
    </nav>
  );
}
