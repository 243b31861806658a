import type { HTMLAttributes } from "react";
import { cx } from "./class-names";

export type CardTone = "raised" | "sage" | "clay" | "rose";

const tones: Record<CardTone, string> = {
  raised: "border-line bg-paper-raised shadow-card",
  sage: "border-sage-200 bg-sage-50",
  clay: "border-clay-200 bg-clay-50",
  rose: "border-rose-200 bg-rose-50",
};

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "div" | "article" | "section" | "li" | "aside";
  tone?: CardTone;
};

/** A surface for one thing: a group, a helpline, a step. Padding scales with the screen. */
export function Card({ as: Component = "div", tone = "raised", className, ...props }: CardProps) {
  return <Component className={cx("rounded-card border p-5 sm:p-6", tones[tone], className)} {...props} />;
}
