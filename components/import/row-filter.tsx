import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { cx } from "@/components/ui/class-names";

export type RowFilter = "all" | "errors" | "new" | "updates";

const FILTERS: readonly RowFilter[] = ["all", "errors", "new", "updates"];

/** Links to the rows of one kind, with how many there are. */
export function RowFilterNav({ batchId, current, counts }: { batchId: string; current: RowFilter; counts: Record<RowFilter, number> }) {
  const t = useTranslations("Import.filter");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {FILTERS.map((filter) => (
          <li key={filter}>
            <Link
              href={`/admin/import/${batchId}?show=${filter}`}
              aria-current={filter === current ? "page" : undefined}
              className={cx("inline-flex min-h-tap items-center rounded-full border px-4 text-sm font-medium no-underline", filter === current ? "border-clay-600 bg-clay-50 text-clay-800" : "border-line bg-paper-raised text-ink hover:bg-ink/5")}
            >
              {t("tab", { label: t(filter), count: counts[filter] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
