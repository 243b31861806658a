import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";

/** Shared look of text-like form controls (inputs, selects, textareas). */
export const controlClasses =
  "block w-full min-h-12 rounded-control border border-line-strong bg-paper-raised px-4 py-2.5 text-base text-ink shadow-sm placeholder:text-ink-muted transition-colors hover:border-ink-muted disabled:cursor-not-allowed disabled:bg-paper-deep disabled:text-ink-muted aria-[invalid=true]:border-2 aria-[invalid=true]:border-rose-600";

export type InputProps = ComponentPropsWithRef<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cx(controlClasses, className)} {...props} />;
}

export type TextareaProps = ComponentPropsWithRef<"textarea">;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cx(controlClasses, "leading-relaxed", className)} {...props} />;
}
