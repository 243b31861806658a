import { useLocale, useTranslations } from "next-intl";
import { columnWords, SPREADSHEET_COLUMNS, TEMPLATE_MEETINGS } from "@/lib/import/spreadsheet-columns";

/** Every template column with what to write in it; meeting blocks after the first are summarised. */
export function ColumnReference() {
  const t = useTranslations("Import.columnsGuide");
  const words = columnWords(useLocale());
  const shown = SPREADSHEET_COLUMNS.filter((c) => !/^meeting_([2-9])_/.test(c.header));
  return (
    <details className="rounded-card border border-line bg-paper-raised p-4 sm:p-5">
      <summary className="cursor-pointer text-lg font-semibold">{t("summary")}</summary>
      <p className="mt-3 text-sm text-ink-muted">{t("intro", { meetings: TEMPLATE_MEETINGS })}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        {shown.map((column) => {
          const { explain, example } = words(column);
          return (
            <div key={column.header} className="contents">
              <dt className="font-mono text-sm font-semibold [overflow-wrap:anywhere]">{column.header}</dt>
              <dd className="text-sm">
                {explain}
                {example ? <span className="text-ink-muted"> {t("example", { example })}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
