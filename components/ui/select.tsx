import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { controlClasses } from "./input";

export type SelectProps = ComponentPropsWithRef<"select">;

/** A native select (works everywhere, no JavaScript) with the house chevron. */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <div className={cx("relative", className)}>
      <select className={cx(controlClasses, "cursor-pointer appearance-none pr-11")} {...props}>
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="none"
        className="pointer-events-none absolute right-4 top-1/2 h-5 w-5 -translate-y-1/2 text-ink-muted"
      >
        <path d="m5 7.5 5 5 5-5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
