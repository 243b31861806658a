import type { ParamProblem } from "@/lib/groups/search-params";

/** Tells the visitor which parts of the address we could not use, instead of failing. */
export function ProblemsNotice({ problems }: { problems: ParamProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="status" className="rounded-card border border-rose-200 bg-rose-50 p-4 text-rose-900 sm:p-5">
      <h2 className="text-base sm:text-lg">Part of this search address didn’t make sense to us, so we left it out</h2>
      <ul className="mt-1 list-disc pl-5 text-sm sm:text-base">
        {problems.map((p) => (
          <li key={`${p.param}:${p.value}`}>
            <code className="font-semibold">{p.param}</code>
            {p.value ? <>={p.value}</> : null}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
