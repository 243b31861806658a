import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { formatAge, formatDay } from "@/lib/format/dates";
import type { QueueStale } from "@/lib/moderation/queue";

/** Published listings nobody has confirmed lately: a table on wide screens, cards on phones. */
export function StaleList({ items, now }: { items: QueueStale[]; now: Date }) {
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">Listings not confirmed for six months or more, oldest first</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">Listing</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Last confirmed</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Reminder sent</th>
            <th scope="col" className="py-2 font-semibold">Organiser</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4 font-normal">
                <Link href={`/admin/listings/${item.id}`} className="font-semibold">
                  {item.name}
                </Link>
                {item.hidden ? (
                  <Badge tone="rose" className="ml-2">
                    Hidden from search
                  </Badge>
                ) : null}
              </th>
              <td className="py-3 pr-4">
                <time dateTime={item.lastConfirmedAt.toISOString()} title={formatDay(item.lastConfirmedAt)}>
                  {formatAge(item.lastConfirmedAt, now)}
                </time>
              </td>
              <td className="py-3 pr-4">{item.lastReminderAt ? formatAge(item.lastReminderAt, now) : <span className="text-ink-muted">Not yet</span>}</td>
              <td className="py-3 text-sm">{item.organiser ?? <span className="text-ink-muted">No account</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((item) => (
          <li key={item.id} className="rounded-card border border-line bg-paper-raised p-4">
            <Link href={`/admin/listings/${item.id}`} className="font-semibold">
              {item.name}
            </Link>
            {item.hidden ? (
              <div className="mt-1">
                <Badge tone="rose">Hidden from search</Badge>
              </div>
            ) : null}
            <dl className="mt-2 grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-ink-muted">Last confirmed</dt>
              <dd>{formatAge(item.lastConfirmedAt, now)}</dd>
              <dt className="text-ink-muted">Reminder sent</dt>
              <dd>{item.lastReminderAt ? formatAge(item.lastReminderAt, now) : "Not yet"}</dd>
              <dt className="text-ink-muted">Organiser</dt>
              <dd className="[overflow-wrap:anywhere]">{item.organiser ?? "No account"}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
