import { useTranslations } from "next-intl";
import type { SearchOutcome } from "@/lib/groups/run-search";

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online groups." */
export function ResultsSummary({ outcome }: { outcome: SearchOutcome }) {
  const t = useTranslations("Search");
  const { place, filters, total, localTotal, unit } = outcome;
  const online = total - localTotal;
  let text: string;
  if (place.status === "found" || place.status === "coordinates") {
    const near = { local: localTotal, radius: filters.radius, unit, place: place.place.label };
    if (filters.online === "only") text = t("summaryOnline", { online });
    else if (online > 0) text = t("summaryNearAndOnline", { ...near, online });
    else text = t("summaryNearOnly", near);
  } else {
    text = t("summaryAll", { total });
  }
  return (
    <div role="status" className="flex flex-col gap-1">
      <p>{text}</p>
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
