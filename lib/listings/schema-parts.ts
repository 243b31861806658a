import { z } from "zod";

// Small zod building blocks for the listing form. Each accepts both what a form posts
// (strings, "on" for a tick, one string for one ticked box) and what it produced before
// (booleans, arrays, null), so a stored revision parses with the same schema as the form.

const tooLong = (what: string, max: number) => `Please keep ${what} under ${max} characters.`;

/** A required text field: `missing` when empty, a length limit always. */
export function requiredText(max: number, missing: string, what: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(max, tooLong(what, max));
}

/** An optional text field: "" and absent become null. */
export function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong(what, max))
    .nullish()
    .transform((value) => value || null);
}

export const LINK_MESSAGE = "Links must start with http:// or https://";

/** True for an absolute http(s) URL with a host: never javascript:, data: or a bare path. */
export function isWebLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An optional http(s) link. */
export function optionalLink(what: string) {
  return optionalText(500, what).refine((value) => value === null || isWebLink(value), LINK_MESSAGE);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-02-30" is not a date; "2026-02-28" is. Years 2000-2100 only. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DATE_HINT = "like 2026-03-14";

/** A required "YYYY-MM-DD" date. */
export function requiredDate(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isCalendarDate, `Write the date ${DATE_HINT}.`);
}

/** An optional "YYYY-MM-DD" date; "" becomes null. */
export function optionalDate() {
  return z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null)
    .refine((value) => value === null || isCalendarDate(value), `Write the date ${DATE_HINT}.`);
}

/** A tick box: posted as "on" when ticked, absent when not. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A yes/no pair of radios posting "true" or "false"; unanswered is an error. */
export function yesNo(missing: string) {
  return z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean({ error: missing }));
}

/** Ticks posted under one name: none is absent, one is a string, several an array. */
export function ticked<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** "" and absent become undefined, anything else a number (NaN for words), for number fields from a form. */
export function toNumberOrEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? undefined : Number(value.trim());
  return value;
}

/** True for a zone Intl knows ("Europe/London", "America/Chicago", "UTC"). */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
