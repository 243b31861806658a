import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cx } from "./class-names";

export type CheckboxProps = Omit<ComponentPropsWithRef<"input">, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
};

/** A native checkbox whose whole row (box and label) is the tap target. */
export function Checkbox({ label, hint, id, className, ...props }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className={cx("flex flex-col", className)}>
      <label htmlFor={inputId} className="flex min-h-tap cursor-pointer items-start gap-3 py-2.5">
        <input
          id={inputId}
          type="checkbox"
          aria-describedby={hintId}
          className="mt-0.5 h-6 w-6 shrink-0 cursor-pointer rounded border-line-strong accent-clay-600"
          {...props}
        />
        <span className="text-base text-ink">{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="-mt-1.5 pb-1 pl-9 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
