import { useTranslations } from "next-intl";
import type { ImportSummary } from "@/lib/import/import-views";

/**
 * The running step as a progress bar. The page reloads itself every few seconds (a meta
 * refresh, so it works without JavaScript) until the step is done.
 */
export function ImportProgress({ batch }: { batch: ImportSummary }) {
  const t = useTranslations("Import.progress");
  const writing = batch.status === "WRITING";
  const total = writing ? batch.newCount + batch.updateCount : batch.total;
  const done = Math.min(batch.processed, total);
  return (
    <div className="flex flex-col gap-3">
      <meta httpEquiv="refresh" content="2" />
      <label htmlFor="import-progress" className="text-lg font-semibold">
        {writing ? t("writing") : t("checking")}
      </label>
      <progress id="import-progress" max={Math.max(total, 1)} value={done} className="h-4 w-full accent-clay-600">
        {t("bar", { done, total })}
      </progress>
      <p role="status" className="text-ink-muted">
        {t("rows", { done, total })} {writing ? t("writingNote") : t("checkingNote")}
      </p>
    </div>
  );
}
