import type { z } from "zod";

/**
 * What a form's server action returns: a message for the live region and, per field, the
 * messages from the form's zod schema. Never includes anything the visitor did not send.
 */
export type FormState<Field extends string = string> = {
  status: "idle" | "error" | "success";
  message: string | null;
  errors: Partial<Record<Field, string[]>>;
  /** What the visitor typed, sent back after an error so the form keeps it. */
  values?: Partial<Record<Field, string>>;
};

export const idleState: FormState<never> = { status: "idle", message: null, errors: {} };

/** zod issues as `{ field: [messages] }`, first message per problem, for `Field errors`. */
export function fieldErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string[]>> {
  const errors: Partial<Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors as Partial<Record<Field, string[]>>;
}

export const problemCount = (errors: Partial<Record<string, string[]>>) =>
  `Please fix the ${Object.keys(errors).length === 1 ? "problem" : `${Object.keys(errors).length} problems`} below.`;

/** The string values of `fields` in `input`, to give back with an error. */
export function echoValues<Field extends string>(input: unknown, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  if (typeof input !== "object" || input === null) return values;
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
