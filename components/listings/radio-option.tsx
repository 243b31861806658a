import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

export type RadioOptionProps = Omit<ComponentPropsWithRef<"input">, "type"> & { id: string; label: ReactNode; hint?: ReactNode };

/** A native radio whose whole row is the tap target, styled like Checkbox. */
export function RadioOption({ id, label, hint, className, ...props }: RadioOptionProps) {
  return (
    <div className={cx("flex flex-col", className)}>
      <label htmlFor={id} className="flex min-h-tap cursor-pointer items-start gap-3 py-2.5">
        <input id={id} type="radio" aria-describedby={hint ? `${id}-hint` : undefined} className="mt-0.5 h-6 w-6 shrink-0 cursor-pointer accent-clay-600" {...props} />
        <span className="text-base text-ink">{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1.5 pb-1 pl-9 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
