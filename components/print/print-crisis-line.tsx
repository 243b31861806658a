import { cx } from "@/components/ui/class-names";

/** The crisis line on paper, where nothing can be tapped: the number and the help page's address. */
export function PrintCrisisLine({ helpUrl, className }: { helpUrl: string; className?: string }) {
  return (
    <p className={cx("rounded-control border border-rose-200 bg-rose-50 px-3 py-2 text-sm font-medium text-rose-900 print:[print-color-adjust:exact]", className)}>
      In crisis? Call or text 988 (US) or your local emergency number. More help: {helpUrl}
    </p>
  );
}
