import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { DateRow } from "@/lib/listings/listing-dates";
import { CANCELLATION_REASON_MAX } from "@/lib/listings/meeting-choices";

type Props = { row: DateRow; meetingId: string; action: (formData: FormData) => Promise<void> };

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** One upcoming date: cancel it (with an optional reason), or restore it if cancelled. Works without JavaScript. */
export function DateRowItem({ row, meetingId, action }: Props) {
  const t = useTranslations("Organiser");
  const id = `reason-${meetingId}-${row.date}`;
  if (row.cancelled) {
    return (
      <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-line py-3 last:border-b-0">
        <div className="flex flex-col gap-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-ink-muted line-through decoration-1">{row.when}</span>
            <Badge tone="rose">{t("dateCancelled")}</Badge>
          </p>
          {row.reason ? <p className="text-sm text-ink-muted">{t("cancellationReason", { reason: row.reason })}</p> : null}
        </div>
        <form action={action}>
          <input type="hidden" name="intent" value="restore" />
          <Button type="submit" variant="ghost" size="sm">
            {t.rich("restoreDate", { when: row.when, hidden })}
          </Button>
        </form>
      </li>
    );
  }
  return (
    <li className="border-b border-line py-1 last:border-b-0">
      <details className="group/date">
        <summary className="flex min-h-tap list-none flex-wrap items-center justify-between gap-x-4 py-2 [&::-webkit-details-marker]:hidden">
          <span className="font-medium">{row.when}</span>
          <span className="font-semibold text-clay-700 underline decoration-1 underline-offset-4 group-open/date:hidden">
            {t.rich("cancelThisDate", { when: row.when, hidden })}
          </span>
          <span className="hidden font-semibold text-ink-muted group-open/date:inline">{t("keepDate")}</span>
        </summary>
        <form action={action} className="mb-3 mt-1 flex flex-col gap-3 rounded-control bg-paper-deep p-4 sm:flex-row sm:items-end">
          <Field id={id} label={t("reasonLabel")} optional hint={t("reasonHint")} className="flex-1">
            {(control) => <Input {...control} name="reason" maxLength={CANCELLATION_REASON_MAX} />}
          </Field>
          <Button type="submit" size="sm" variant="crisis" className="shrink-0">
            {t("cancelDay", { day: row.day })}
          </Button>
        </form>
      </details>
    </li>
  );
}
