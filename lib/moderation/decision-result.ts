/** The outcome of a moderator's decision. Refusals change nothing and say why, for a person. */
export type DecisionResult =
  | { ok: true; groupId: string; groupName: string; mailed: boolean }
  | {
      ok: false;
      reason: "forbidden" | "not-found" | "already-decided" | "invalid";
      message: string;
      errors?: { message?: string[]; reason?: string[]; note?: string[] };
    };

export const forbidden: DecisionResult = { ok: false, reason: "forbidden", message: "Only moderators can do this." };

export const notFound = (what: string): DecisionResult => ({ ok: false, reason: "not-found", message: `That ${what} no longer exists.` });

export const alreadyDecided = (message: string): DecisionResult => ({ ok: false, reason: "already-decided", message });

/** Thrown inside a transaction to roll it back and return `result` instead. */
export class DecisionRefused extends Error {
  constructor(readonly result: DecisionResult) {
    super(result.ok ? "refused" : result.message);
  }
}
