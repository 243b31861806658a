import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useFormText } from "@/components/forms/use-form-text";
import { cx } from "./class-names";

/** Props a Field hands to its control so label, hint and errors are tied to it. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export type FieldProps = {
  label: ReactNode;
  /** Control id; generated when omitted. */
  id?: string;
  hint?: ReactNode;
  /** Message keys from the form's zod schema, e.g. `state.errors?.near`, worded here. */
  errors?: readonly string[] | null;
  /** Adds "(optional)" to the label: we mark the exceptions, not the required fields. */
  optional?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label, hint, error list and control, wired for assistive technology. Works in server
 * components: errors arrive as props from the action state or the server render.
 *
 *   <Field label="Town or postcode" errors={state.errors?.near}>
 *     {(control) => <Input {...control} name="near" />}
 *   </Field>
 */
export function Field({ label, id, hint, errors, optional, className, children }: FieldProps) {
  const t = useTranslations("Forms");
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("flex flex-col gap-1.5", hasErrors && "border-l-4 border-rose-600 pl-4", className)}>
      <label htmlFor={controlId} className="text-base font-semibold text-ink">
        {label}
        {optional ? <span className="font-normal text-ink-muted"> {t("optional")}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <ErrorList id={errorId} errors={errors ?? []} /> : null}
      <div className="mt-1">
        {children({ id: controlId, "aria-describedby": describedBy, "aria-invalid": hasErrors ? true : undefined })}
      </div>
    </div>
  );
}

export type FieldsetProps = {
  legend: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[] | null;
  className?: string;
  children: ReactNode;
};

/** Groups radios or checkboxes under one question, with the same hint/error wiring. */
export function Fieldset({ legend, hint, errors, className, children }: FieldsetProps) {
  const id = useId();
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      aria-describedby={describedBy}
      className={cx("flex flex-col gap-1.5", hasErrors && "border-l-4 border-rose-600 pl-4", className)}
    >
      <legend className="mb-1.5 text-base font-semibold text-ink">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <ErrorList id={`${id}-error`} errors={errors ?? []} /> : null}
      <div className="mt-1">{children}</div>
    </fieldset>
  );
}

function ErrorList({ id, errors }: { id: string; errors: readonly string[] }) {
  const t = useTranslations("Forms");
  const formText = useFormText();
  return (
    <ul id={id} className="flex flex-col gap-1 text-base font-medium text-rose-700">
      {errors.map((message) => (
        <li key={message} className="flex items-start gap-2">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 shrink-0 fill-current">
            <path d="M10 1.75a8.25 8.25 0 1 0 0 16.5 8.25 8.25 0 0 0 0-16.5Zm0 4a.9.9 0 0 1 .9.9v4.1a.9.9 0 1 1-1.8 0V6.65a.9.9 0 0 1 .9-.9Zm0 8.9a1.05 1.05 0 1 1 0-2.1 1.05 1.05 0 0 1 0 2.1Z" />
          </svg>
          <span>
            <span className="sr-only">{t("errorPrefix")} </span>
            {formText(message)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export type FormMessageProps = {
  tone?: "error" | "success";
  /** A form answer's message key (worded here) or text already worded. */
  children?: ReactNode;
  className?: string;
};

/**
 * The form-level message ("Please fix the 2 problems below", "Thanks, we'll review it").
 * The live region is always rendered so screen readers announce a message when it appears.
 */
export function FormMessage({ tone = "error", children, className }: FormMessageProps) {
  const formText = useFormText();
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live={tone === "error" ? "assertive" : "polite"} className={className}>
      {children ? (
        <p
          className={cx(
            "rounded-control border px-4 py-3 text-base font-medium",
            tone === "error" ? "border-rose-200 bg-rose-50 text-rose-800" : "border-sage-200 bg-sage-50 text-sage-800",
          )}
        >
          {typeof children === "string" ? formText(children) : children}
        </p>
      ) : null}
    </div>
  );
}
