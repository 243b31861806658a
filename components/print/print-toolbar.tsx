import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/families/print-button";
import { cx } from "@/components/ui/class-names";
import type { PaperSize } from "@/lib/print/paper";

const choices: { paper: PaperSize | null; key: "fitsBoth" | PaperSize }[] = [
  { paper: null, key: "fitsBoth" },
  { paper: "a4", key: "a4" },
  { paper: "letter", key: "letter" },
];

const pill = "inline-flex min-h-tap items-center rounded-full border px-4 text-sm font-semibold no-underline transition-colors";

/**
 * Above a printable sheet, on screen only: the way back, the paper size (plain links, so
 * they work without JavaScript; `hrefFor` gives them in the page's language) and a print
 * button once JavaScript runs.
 */
export function PrintToolbar({ back, paper, hrefFor, children }: { back: ReactNode; paper: PaperSize | null; hrefFor: (paper: PaperSize | null) => string; children?: ReactNode }) {
  const t = useTranslations("Print");
  return (
    <div className="flex flex-col gap-3 print:hidden">
      {back}
      {children}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-muted">{t("paper")}</span>
          {choices.map((choice) => (
            <a
              key={choice.key}
              href={hrefFor(choice.paper)}
              aria-current={choice.paper === paper ? "true" : undefined}
              className={cx(pill, choice.paper === paper ? "border-sage-300 bg-sage-100 text-sage-800" : "border-line-strong bg-paper-raised text-ink hover:bg-paper-deep")}
            >
              {t(choice.key)}
            </a>
          ))}
        </p>
        <div className="flex min-h-tap items-center gap-3">
          <PrintButton label={t("print")} />
          <span className="text-sm text-ink-muted">{t("orBrowser")}</span>
        </div>
      </div>
    </div>
  );
}
