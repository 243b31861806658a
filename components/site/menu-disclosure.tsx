import type { ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

/**
 * The header's menu on phones: a <details>, so it opens and its links work without
 * JavaScript. public/enhance.js (data-menu) also closes it on Escape, on a tap outside it
 * and after one of its links is followed.
 */
export function MenuDisclosure({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <details data-menu="" className={cx("group", className)}>
      <summary className="inline-flex min-h-tap list-none items-center gap-2 rounded-full border border-line-strong bg-paper-raised px-3.5 text-sm font-semibold text-ink transition-colors hover:bg-ink/5 group-open:bg-paper-deep [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" className="h-5 w-5">
          <path d="M3.5 6h13M3.5 10h13M3.5 14h13" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" className="group-open:hidden" />
          <path d="m5.5 5.5 9 9m0-9-9 9" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" className="hidden group-open:block" />
        </svg>
        <span className="max-[399px]:sr-only">{label}</span>
      </summary>
      {/* Positioned against the header: it lies over the page instead of pushing it down. */}
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-paper-raised shadow-raised">
        <div className="mx-auto w-full max-w-page px-4 py-3 sm:px-6">{children}</div>
      </div>
    </details>
  );
}
