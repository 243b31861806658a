import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormText } from "@/components/forms/use-form-text";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import type { ImportRowView } from "@/lib/import/import-views";

const OUTCOME_TONE = { NEW: "sage", UPDATE: "sky", ERROR: "rose" } as const;

function Outcome({ row, written }: { row: ImportRowView; written: boolean }) {
  const t = useTranslations("Import.rows");
  // Problems are stored as message keys (older rows as English text): worded here.
  const formText = useFormText();
  if (row.outcome === "ERROR") {
    const col = (chunks: ReactNode) => <span className="font-mono font-semibold">{chunks}</span>;
    return (
      <div className="flex flex-col gap-1">
        <Badge tone="rose" className="self-start">
          {written ? t("errorSkipped") : t("error")}
        </Badge>
        <ul className="flex flex-col gap-1 text-sm">
          {row.problems.map((p, i) => (
            <li key={i}>
              {p.value
                ? t.rich("problem", { col, column: p.column, value: p.value, message: formText(p.message), val: (chunks) => <span className="[overflow-wrap:anywhere]">{chunks}</span> })
                : t.rich("problemEmpty", { col, column: p.column, message: formText(p.message), empty: (chunks) => <span className="text-ink-muted">{chunks}</span> })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const listing = row.listing;
  if (row.outcome === "UPDATE" || (written && listing)) {
    const label = row.outcome === "UPDATE" ? (written ? t("updated") : t("updateOf")) : t("new");
    return (
      <div className="flex flex-col gap-1">
        <p>
          <Badge tone={OUTCOME_TONE[row.outcome]}>{label}</Badge>{" "}
          {listing ? <Link href={written && listing.status === "PUBLISHED" ? `/groups/${listing.slug}` : `/admin/listings/${listing.id}`}>{listing.name}</Link> : null}
        </p>
        {row.outcome === "UPDATE" && listing?.claimed && !written ? <p className="text-sm text-ink-muted">{t("claimed")}</p> : null}
      </div>
    );
  }
  return <Badge tone="sage">{t("new")}</Badge>;
}

/** The rows of an import: what each will do (or did), and what is wrong with the ones that can't be imported. */
export function ImportRows({ rows, written, caption }: { rows: ImportRowView[]; written: boolean; caption: string }) {
  const t = useTranslations("Import.rows");
  if (rows.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">{t("row")}</th>
            <th scope="col" className="hidden py-2 pr-4 font-semibold sm:table-cell">{t("id")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("name")}</th>
            <th scope="col" className="py-2 font-semibold">{written ? t("whatHappened") : t("whatWillHappen")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber} className="border-b border-line align-baseline">
              <th scope="row" className="py-3 pr-4 font-normal tabular-nums">{row.rowNumber}</th>
              <td className="hidden py-3 pr-4 font-mono text-sm [overflow-wrap:anywhere] sm:table-cell">{row.externalId ?? "—"}</td>
              <td className="py-3 pr-4 [overflow-wrap:anywhere]">
                {row.name ?? <span className="text-ink-muted">—</span>}
                {/* On phones the id sits under the name instead of in a column of its own. */}
                {row.externalId ? <span className="block font-mono text-sm text-ink-muted sm:hidden">{row.externalId}</span> : null}
              </td>
              <td className="py-3">
                <Outcome row={row} written={written} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
