import { useTranslations } from "next-intl";
import { EMPTY, sectionRows, type FieldRow } from "@/lib/listings/review-rows";

/** Every field of a listing, as the organiser entered it, under the form's headings. */
export function FieldList({ rows }: { rows: FieldRow[] }) {
  // The form's own section headings.
  const t = useTranslations("Listing.sections");
  return (
    <div className="grid gap-x-10 gap-y-8 lg:grid-cols-2">
      {sectionRows(rows).map(({ section, rows }) => (
        <section key={section} aria-label={t(`${section}.title`)} className="flex flex-col gap-2">
          <h3 className="text-xl">{t(`${section}.title`)}</h3>
          <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[11rem_minmax(0,1fr)]">
            {rows.map((row) => (
              <div key={row.field} className="contents">
                <dt className="border-t border-line pt-2.5 text-sm font-semibold sm:pb-2.5">{row.label}</dt>
                <dd className={`whitespace-pre-line pb-2.5 [overflow-wrap:anywhere] sm:border-t sm:border-line sm:pt-2.5 ${row.value === EMPTY ? "text-ink-muted" : ""}`}>
                  {row.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
