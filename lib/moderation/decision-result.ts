import { formMessage } from "@/lib/forms/form-message";

/**
 * The outcome of a moderator's decision. Refusals change nothing and say why, for a person:
 * `message` and `errors` are message keys (lib/forms/form-message.ts), worded by the form.
 */
export type DecisionResult =
  | { ok: true; groupId: string; groupName: string; mailed: boolean }
  | {
      ok: false;
      reason: "forbidden" | "not-found" | "already-decided" | "invalid";
      message: string;
      errors?: { message?: string[]; reason?: string[]; note?: string[] };
    };

export const forbidden: DecisionResult = { ok: false, reason: "forbidden", message: formMessage("Moderation.onlyModerators") };

export const notFound = (what: "listing" | "edit" | "report"): DecisionResult => ({ ok: false, reason: "not-found", message: formMessage("Moderation.gone", { what }) });

export const alreadyDecided = (message: string): DecisionResult => ({ ok: false, reason: "already-decided", message });

/** A decision whose words did not pass their schema: one field's problems, for the form. */
export const invalid = (field: "message" | "reason" | "note", problems: string[]): DecisionResult => ({
  ok: false,
  reason: "invalid",
  message: formMessage("Forms.fixProblems", { count: 1 }),
  errors: { [field]: problems },
});

/** Thrown inside a transaction to roll it back and return `result` instead. */
export class DecisionRefused extends Error {
  constructor(readonly result: DecisionResult) {
    super(result.ok ? "refused" : result.message);
  }
}
