import { useTranslations } from "next-intl";
import { resultsSentence } from "@/lib/groups/search-summary";
import type { SearchOutcome } from "@/lib/groups/run-search";

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online groups." */
export function ResultsSummary({ outcome }: { outcome: SearchOutcome }) {
  const t = useTranslations("Search");
  const { filters } = outcome;
  return (
    <div role="status" className="flex flex-col gap-1">
      <p>{t("resultsSentence", { results: resultsSentence(outcome, t) })}</p>
      {outcome.text?.corrected ? (
        <p className="text-ink-muted">
          {t.rich("corrected", {
            words: outcome.text.words.join(" "),
            typed: filters.q ?? "",
            strong: (chunks) => <strong className="font-semibold text-ink">{chunks}</strong>,
          })}
        </p>
      ) : null}
    </div>
  );
}
