import type { ImportSummary } from "@/lib/import/import-views";

/**
 * The running step as a progress bar. The page reloads itself every few seconds (a meta
 * refresh, so it works without JavaScript) until the step is done.
 */
export function ImportProgress({ batch }: { batch: ImportSummary }) {
  const writing = batch.status === "WRITING";
  const total = writing ? batch.newCount + batch.updateCount : batch.total;
  const done = Math.min(batch.processed, total);
  const label = writing ? "Writing the listings" : "Checking the rows";
  return (
    <div className="flex flex-col gap-3">
      <meta httpEquiv="refresh" content="2" />
      <label htmlFor="import-progress" className="text-lg font-semibold">
        {label}
      </label>
      <progress id="import-progress" max={Math.max(total, 1)} value={done} className="h-4 w-full accent-clay-600">
        {done} of {total}
      </progress>
      <p role="status" className="text-ink-muted">
        {done.toLocaleString("en")} of {total.toLocaleString("en")} rows. {writing ? "The listings appear all at once when every row is written." : "This page updates by itself."}
      </p>
    </div>
  );
}
