import type { SearchOutcome } from "@/lib/groups/run-search";
import { resultsSentence } from "@/lib/groups/search-summary";

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online." */
export function ResultsSummary({ outcome }: { outcome: SearchOutcome }) {
  const { filters } = outcome;
  const text = resultsSentence(outcome);
  return (
    <div role="status" className="flex flex-col gap-1">
      <p>{text}.</p>
      {outcome.text?.corrected ? (
        <p className="text-ink-muted">
          Showing groups that mention <strong className="font-semibold text-ink">{outcome.text.words.join(" ")}</strong> (you typed “{filters.q}”).
        </p>
      ) : null}
    </div>
  );
}
