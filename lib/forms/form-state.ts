import { formatPaths } from "@conform-to/dom";
import type { z } from "zod";
import { formMessage } from "./form-message";

// The one shape every form's server action answers with, and the one way field errors are
// keyed: by the field's form name ("name", "location.locality", "meetings[0].startTime"),
// so an error finds its input without a mapping.

export type FieldErrors = Record<string, string[]>;

export type FormState<Values = Record<string, string>> = {
  status: "idle" | "error" | "info" | "success";
  /** For the form's live region: a message key (lib/forms/form-message.ts), worded by the form. */
  message: string | null;
  errors: FieldErrors;
  /** What the person sent, so the form shows it again after an error. Never anything they did not send. */
  values: Values;
  /** Changes with every answer, so a form keyed on it re-renders from `values`. */
  version: number;
};

export function initialFormState<Values>(values: Values): FormState<Values> {
  return { status: "idle", message: null, errors: {}, values, version: 0 };
}

/** zod issues keyed by form name, each message (a message key) once. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = formatPaths(issue.path.filter((part): part is string | number => typeof part !== "symbol")) || "form";
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/** "Please fix the problem below." / "Please fix the 3 problems below.", as a message key. */
export function problemSummary(errors: FieldErrors): string {
  return formMessage("Forms.fixProblems", { count: Object.keys(errors).length });
}

/** Typed text of a simple form, by field name. */
export type TextValues<Field extends string> = Partial<Record<Field, string>>;

/** The text `input` holds for `fields`, to send back with an error: only what the person sent. */
export function sentText<Field extends string>(input: unknown, fields: readonly Field[]): TextValues<Field> {
  const values: TextValues<Field> = {};
  if (typeof input !== "object" || input === null) return values;
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/** A form's answer when it went through: `message` for the live region, nothing typed kept. */
export const doneState = <Values>(message: string, values: Values): FormState<Values> => ({ status: "success", message, errors: {}, values, version: 0 });

/** The answer to a form that failed: the errors (or just a message) and what was sent. */
export function failedState<Values>(previous: FormState<Values> | null, values: Values, failure: { message?: string | null; errors?: FieldErrors }): FormState<Values> {
  const errors = failure.errors ?? {};
  // An explicit null means the field errors say it all (a one-field form).
  const message = failure.message !== undefined ? failure.message : Object.keys(errors).length > 0 ? problemSummary(errors) : null;
  return { status: "error", message, errors, values, version: (previous?.version ?? 0) + 1 };
}
