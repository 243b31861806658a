import { parse, type Intent } from "@conform-to/dom";

export type FormPayload = Record<string, unknown>;

/**
 * FormData as the nested object its names describe ("location.locality",
 * "meetings[0].startTime"), read by Conform. `intent` is set when the button pressed was a
 * list intent (add or remove a meeting), already applied to `payload`: the form then goes
 * back to the person with one block more or fewer, and nothing is saved.
 */
export function readForm(formData: FormData): { payload: FormPayload; intent: Intent | null } {
  let intent: Intent | null = null;
  const submission = parse(formData, {
    resolve: (_payload, given) => {
      intent = given;
      return { value: {} };
    },
  });
  // React adds its own "$ACTION_…" fields to forms posted to a server action.
  const payload = Object.fromEntries(Object.entries(submission.payload).filter(([key]) => !key.startsWith("$ACTION")));
  return { payload, intent: submission.status === "success" ? null : intent };
}
