import { SPREADSHEET_COLUMNS, TEMPLATE_MEETINGS } from "@/lib/import/spreadsheet-columns";

/** Every template column with what to write in it; meeting blocks after the first are summarised. */
export function ColumnReference() {
  const shown = SPREADSHEET_COLUMNS.filter((c) => !/^meeting_([2-9])_/.test(c.header));
  return (
    <details className="rounded-card border border-line bg-paper-raised p-4 sm:p-5">
      <summary className="cursor-pointer text-lg font-semibold">What goes in each column</summary>
      <p className="mt-3 text-sm text-ink-muted">
        One row per group; the first row names the columns (in any order, case doesn’t matter). The template has {TEMPLATE_MEETINGS} meeting blocks: add meeting_3_… to meeting_5_… columns for more, the same way as meeting_1_….
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        {shown.map((column) => (
          <div key={column.header} className="contents">
            <dt className="font-mono text-sm font-semibold [overflow-wrap:anywhere]">{column.header}</dt>
            <dd className="text-sm">
              {column.explain}
              {column.example ? <span className="text-ink-muted"> Example: {column.example}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
