import { Link } from "@/lib/i18n/navigation";
import type { AuditPage } from "@/lib/moderation/audit-log";
import { formatStamp } from "@/lib/format/dates";

/** The audit log: a table on wide screens, one card per entry on phones. */
export function AuditTable({ log }: { log: AuditPage }) {
  if (log.total === 0) return <p>No decisions yet.</p>;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">
        {log.total.toLocaleString("en")} {log.total === 1 ? "entry" : "entries"} · page {log.page} of {log.pageCount}
      </p>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">When</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Who</th>
            <th scope="col" className="py-2 pr-4 font-semibold">What</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Listing</th>
            <th scope="col" className="py-2 font-semibold">Why</th>
          </tr>
        </thead>
        <tbody>
          {log.entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top">
              <th scope="row" className="whitespace-nowrap py-3 pr-4 text-sm font-normal">
                <time dateTime={entry.createdAt.toISOString()}>{formatStamp(entry.createdAt)}</time>
              </th>
              <td className="py-3 pr-4">{entry.actor}</td>
              <td className="py-3 pr-4 font-medium">{entry.label}</td>
              <td className="py-3 pr-4">{entry.group ? <Link href={`/admin/listings/${entry.group.id}`}>{entry.group.name}</Link> : <span className="text-ink-muted">—</span>}</td>
              <td className="whitespace-pre-line py-3 text-sm">{entry.reason ?? <span className="text-ink-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="flex flex-col gap-3 md:hidden" aria-label="Audit log, newest first">
        {log.entries.map((entry) => (
          <li key={entry.id} className="rounded-card border border-line bg-paper-raised p-4">
            <p className="font-semibold">{entry.label}</p>
            <dl className="mt-1 grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-ink-muted">When</dt>
              <dd>
                <time dateTime={entry.createdAt.toISOString()}>{formatStamp(entry.createdAt)}</time>
              </dd>
              <dt className="text-ink-muted">Who</dt>
              <dd>{entry.actor}</dd>
              {entry.group ? (
                <>
                  <dt className="text-ink-muted">Listing</dt>
                  <dd>
                    <Link href={`/admin/listings/${entry.group.id}`}>{entry.group.name}</Link>
                  </dd>
                </>
              ) : null}
              {entry.reason ? (
                <>
                  <dt className="text-ink-muted">Why</dt>
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
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Audit log pages" className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`} rel="prev" className="inline-flex min-h-tap items-center">← Newer</Link> : <span />}
      <span className="text-sm text-ink-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={`/admin/audit?page=${page + 1}`} rel="next" className="inline-flex min-h-tap items-center">Older →</Link> : <span />}
    </nav>
  );
}
