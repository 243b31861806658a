import type { ParamProblem } from "@/lib/groups/search-params";
import { useTranslations } from "next-intl";

const PARAMS = ["near", "lat", "lng", "radius", "unit", "q", "format", "venue", "day", "time", "audience", "lang", "cost", "babies", "childcare", "access", "online", "sort", "page", "paper"] as const;

/** Tells the visitor which parts of the address we could not use, instead of failing. */
export function ProblemsNotice({ problems }: { problems: ParamProblem[] }) {
  const t = useTranslations("Search");
  if (problems.length === 0) return null;
  // Each parameter has one plain sentence per language (the JSON API keeps the schema's own).
  const problemText = (p: ParamProblem) =>
    p.kind === "invalid" && (PARAMS as readonly string[]).includes(p.param) ? t(`problems.${p.param as (typeof PARAMS)[number]}`) : t("problems.unknown", { param: p.param });
  return (
    <div role="status" className="rounded-card border border-rose-200 bg-rose-50 p-4 text-rose-900 sm:p-5">
      <h2 className="text-base sm:text-lg">{t("problemsHeading")}</h2>
      <ul className="mt-1 list-disc pl-5 text-sm sm:text-base">
        {problems.map((p) => (
          <li key={`${p.param}:${p.value}`}>
            <code className="font-semibold">{p.param}</code>
            {p.value ? <>={p.value}</> : null}: {problemText(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
