import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";

export type BadgeTone = "neutral" | "sage" | "clay" | "rose" | "sky";

const tones: Record<BadgeTone, string> = {
  neutral: "border-line bg-paper-deep text-ink-muted",
  sage: "border-sage-200 bg-sage-100 text-sage-800",
  clay: "border-clay-200 bg-clay-100 text-clay-900",
  rose: "border-rose-200 bg-rose-100 text-rose-800",
  sky: "border-sky-200 bg-sky-100 text-sky-800",
};

export type BadgeProps = ComponentPropsWithRef<"span"> & { tone?: BadgeTone };

/** A small label: "Free", "Online", "Dads welcome". Not interactive. */
export function Badge({ tone = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cx(
        // Wraps inside the card on the narrowest phones rather than spilling out of it.
        "inline-flex max-w-full items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-medium",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
