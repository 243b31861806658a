import type { FormPayload } from "@/lib/forms/read-form";
import { LISTING_FIELDS, LOCATION_FIELDS } from "./fields";
import type { Input } from "./form-layout";
import type { ListingValues } from "./listing-schema";
import { newMeetingInput } from "./meeting-choices";

// The listing form as posted: nested strings, "on" for a tick, "true"/"false" for a
// yes/no. The form renders from this shape, so after an error it shows exactly what was
// sent; an edit starts from saved values turned back into it.

export type ListingInput = FormPayload;

function inputValue(input: Input, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (input.kind === "tick") return value ? "on" : undefined;
  if (input.kind === "ticks") return value;
  return String(value);
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** Saved values as form input, to prefill the edit form. */
export function toListingInput(values: ListingValues): ListingInput {
  const input: ListingInput = {};
  for (const [name, def] of Object.entries(LISTING_FIELDS)) input[name] = inputValue(def.input, values[name as keyof ListingValues]);
  const location = values.location;
  input.location = location ? Object.fromEntries(Object.entries(LOCATION_FIELDS).map(([name, def]) => [name, inputValue(def.input, location[name as keyof typeof location])])) : {};
  input.meetings = values.meetings.map((m) => ({
    id: text(m.id),
    label: text(m.label),
    frequency: m.frequency,
    weekday: m.weekday,
    nthWeek: text(m.nthWeek),
    startTime: m.startTime,
    durationMinutes: text(m.durationMinutes),
    startDate: m.startDate,
    endDate: text(m.endDate),
  }));
  return input;
}

/** The blank "List your group" form. */
export function emptyListingInput(today: string): ListingInput {
  return { babiesWelcome: "on", languages: ["en"], meetings: [newMeetingInput(today)] };
}
