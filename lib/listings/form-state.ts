import type { ListingInput } from "./listing-input";
import type { ListingErrors } from "./listing-schema";

/**
 * What the listing form's server action hands back to the form: what was typed, the
 * errors next to each field, and a message for the live region. `version` changes with
 * every answer so the form re-renders from `values`.
 */
export type ListingFormState = {
  status: "idle" | "error" | "info";
  message: string | null;
  errors: ListingErrors;
  values: ListingInput;
  version: number;
};

export function initialFormState(values: ListingInput): ListingFormState {
  return { status: "idle", message: null, errors: {}, values, version: 0 };
}

/** The buttons that change the form instead of sending it (so the schedule works without JavaScript). */
export const ADD_MEETING = "add-meeting";
export const REMOVE_MEETING = "remove-meeting:";
