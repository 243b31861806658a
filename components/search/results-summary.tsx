import type { SearchOutcome } from "@/lib/groups/run-search";

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** "12 groups within 10 miles of Austin, TX, United States, and 22 online." */
export function ResultsSummary({ outcome }: { outcome: SearchOutcome }) {
  const { place, filters, total, localTotal, unit } = outcome;
  const online = total - localTotal;
  const unitWord = unit === "mi" ? (filters.radius === 1 ? "mile" : "miles") : "km";
  let text: string;
  if (place.status === "found" || place.status === "coordinates") {
    const near = `within ${filters.radius} ${unitWord} of ${place.place.label}`;
    text = filters.online === "only" ? `${plural(online, "online group")}` : `${plural(localTotal, "group")} ${near}`;
    if (filters.online !== "only" && online > 0) text += `, and ${plural(online, "online group")}`;
  } else {
    text = plural(total, "group");
  }
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
