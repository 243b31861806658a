import type { Frequency } from "@/lib/schedule";

// The meeting form's limits and choices, apart from the schema so the browser's form fields
// can use them without loading zod: building a zod object schema probes for eval, which the
// Content-Security-Policy reports as a violation.

export const MAX_MEETINGS = 5;
export const CANCELLATION_REASON_MAX = 200;
export const MIN_DURATION = 15;
export const MAX_DURATION = 480;

/**
 * How often. `label` is the English a spreadsheet import reads; the form words each choice
 * from the Listing messages (frequencies.<value>, nthWeeks.<value>).
 */
export const FREQUENCIES = [
  { value: "WEEKLY", label: "Every week" },
  { value: "FORTNIGHTLY", label: "Every other week" },
  { value: "MONTHLY_NTH", label: "Once a month, on a set week (e.g. the second Tuesday)" },
  { value: "MONTHLY_LAST", label: "Once a month, on the last week" },
] as const satisfies readonly { value: Frequency; label: string }[];

export const NTH_WEEKS = [
  { value: 1, label: "First" },
  { value: 2, label: "Second" },
  { value: 3, label: "Third" },
  { value: 4, label: "Fourth" },
] as const;

/** A new meeting block as the form posts it: weekly, an hour and a half, starting `today`. */
export const newMeetingInput = (today: string) => ({ frequency: "WEEKLY", durationMinutes: "90", startDate: today });
