// Reading values as a form posted them (strings, lists, ticks, nested objects), to draw the
// form again from them. No zod here: the browser's form components use these.

/** A posted value as text for an input's defaultValue. */
export const textOf = (value: unknown): string | undefined => (typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined);

/** A posted list (ticks under one name) as an array. */
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" && value ? [value] : []);

/** Whether a posted tick is ticked. */
export const isTicked = (value: unknown): boolean => value === "on" || value === true || value === "true";

/** A posted nested object (location, one meeting). */
export const objectOf = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
