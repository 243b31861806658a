import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { ageOf, formatDay } from "@/lib/format/dates";
import type { QueueStale } from "@/lib/moderation/queue";

/** Published listings nobody has confirmed lately: a table on wide screens, cards on phones. */
export function StaleList({ items, now }: { items: QueueStale[]; now: Date }) {
  const t = useTranslations("Moderation");
  const locale = useLocale();
  const age = (date: Date) => t("age", ageOf(date, now));
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{t("staleList.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">{t("staleList.listing")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("staleList.lastConfirmed")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("staleList.reminderSent")}</th>
            <th scope="col" className="py-2 font-semibold">{t("staleList.organiser")}</th>
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
                    {t("staleList.hidden")}
                  </Badge>
                ) : null}
              </th>
              <td className="py-3 pr-4">
                <time dateTime={item.lastConfirmedAt.toISOString()} title={formatDay(item.lastConfirmedAt, "UTC", locale)}>
                  {age(item.lastConfirmedAt)}
                </time>
              </td>
              <td className="py-3 pr-4">{item.lastReminderAt ? age(item.lastReminderAt) : <span className="text-ink-muted">{t("staleList.notYet")}</span>}</td>
              <td className="py-3 text-sm">{item.organiser ?? <span className="text-ink-muted">{t("staleList.noAccount")}</span>}</td>
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
                <Badge tone="rose">{t("staleList.hidden")}</Badge>
              </div>
            ) : null}
            <dl className="mt-2 grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-ink-muted">{t("staleList.lastConfirmed")}</dt>
              <dd>{age(item.lastConfirmedAt)}</dd>
              <dt className="text-ink-muted">{t("staleList.reminderSent")}</dt>
              <dd>{item.lastReminderAt ? age(item.lastReminderAt) : t("staleList.notYet")}</dd>
              <dt className="text-ink-muted">{t("staleList.organiser")}</dt>
              <dd className="[overflow-wrap:anywhere]">{item.organiser ?? t("staleList.noAccount")}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
