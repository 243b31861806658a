import type { ReactNode } from "react";
import { PrintButton } from "@/components/families/print-button";
import { cx } from "@/components/ui/class-names";
import { PAPER_SIZES, type PaperSize } from "@/lib/print/paper";

const choices: { paper: PaperSize | null; label: string }[] = [
  { paper: null, label: "Fits both" },
  { paper: "a4", label: PAPER_SIZES.a4.label },
  { paper: "letter", label: PAPER_SIZES.letter.label },
];

const pill = "inline-flex min-h-tap items-center rounded-full border px-4 text-sm font-semibold no-underline transition-colors";

/**
 * Above a printable sheet, on screen only: the way back, the paper size (plain links, so
 * they work without JavaScript) and a print button once JavaScript runs.
 */
export function PrintToolbar({ back, paper, hrefFor, children }: { back: ReactNode; paper: PaperSize | null; hrefFor: (paper: PaperSize | null) => string; children?: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 print:hidden">
      {back}
      {children}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-muted">Paper</span>
          {choices.map((choice) => (
            <a
              key={choice.label}
              href={hrefFor(choice.paper)}
              aria-current={choice.paper === paper ? "true" : undefined}
              className={cx(pill, choice.paper === paper ? "border-sage-300 bg-sage-100 text-sage-800" : "border-line-strong bg-paper-raised text-ink hover:bg-paper-deep")}
            >
              {choice.label}
            </a>
          ))}
        </p>
        <div className="flex min-h-tap items-center gap-3">
          <PrintButton label="Print" />
          <span className="text-sm text-ink-muted">or use your browser’s Print command.</span>
        </div>
      </div>
    </div>
  );
}
