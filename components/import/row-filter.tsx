import Link from "next/link";
import { cx } from "@/components/ui/class-names";

export type RowFilter = "all" | "errors" | "new" | "updates";

/** Links to the rows of one kind, with how many there are. */
export function RowFilterNav({ batchId, current, counts }: { batchId: string; current: RowFilter; counts: Record<RowFilter, number> }) {
  const tabs: { value: RowFilter; label: string }[] = [
    { value: "all", label: "All rows" },
    { value: "errors", label: "Errors" },
    { value: "new", label: "New" },
    { value: "updates", label: "Updates" },
  ];
  return (
    <nav aria-label="Rows to show">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.value}>
            <Link
              href={`/admin/import/${batchId}?show=${tab.value}`}
              aria-current={tab.value === current ? "page" : undefined}
              className={cx("inline-flex min-h-tap items-center rounded-full border px-4 text-sm font-medium no-underline", tab.value === current ? "border-clay-600 bg-clay-50 text-clay-800" : "border-line bg-paper-raised text-ink hover:bg-ink/5")}
            >
              {tab.label} ({counts[tab.value].toLocaleString("en")})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
