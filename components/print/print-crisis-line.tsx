import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/class-names";
import { crisisLineNumber } from "@/lib/print/crisis-number";

/** The crisis line on paper, where nothing can be tapped: the number and the help page's address. */
export function PrintCrisisLine({ helpUrl, className }: { helpUrl: string; className?: string }) {
  const t = useTranslations("Print");
  const number = crisisLineNumber(useLocale()).display;
  return (
    <p className={cx("rounded-control border border-rose-200 bg-rose-50 px-3 py-2 text-sm font-medium text-rose-900 print:[print-color-adjust:exact]", className)}>
      {t("crisis", { number, url: helpUrl })}
    </p>
  );
}
