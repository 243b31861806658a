import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";

// Small zod building blocks for the listing form. Each accepts both what a form posts
// (strings, "on" for a tick, one string for one ticked box) and what it produced before
// (booleans, arrays, null), so a stored revision parses with the same schema as the form.
// Their messages are message keys (lib/forms/form-message.ts), worded by the form.

/**
 * The text fields whose length is limited, as Validation.tooLong names them: each language
 * words "Please keep the name under 120 characters" with its own phrase for every field.
 */
export type LimitedField =
  | "name"
  | "summary"
  | "description"
  | "costNote"
  | "accessibilityNotes"
  | "parkingAndTransit"
  | "joinInstructions"
  | "registrationUrl"
  | "onlineJoinUrl"
  | "websiteUrl"
  | "phone"
  | "venueName"
  | "addressLine1"
  | "addressLine2"
  | "locality"
  | "region"
  | "postalCode"
  | "meetingLabel";

const tooLong = (field: LimitedField, max: number) => formMessage("Validation.tooLong", { field, max });

/** A required text field: `missing` (a message key) when empty, a length limit always. */
export function requiredText(max: number, missing: string, field: LimitedField) {
  return z.string({ error: missing }).trim().min(1, missing).max(max, tooLong(field, max));
}

/** An optional text field: "" and absent become null. */
export function optionalText(max: number, field: LimitedField) {
  return z
    .string()
    .trim()
    .max(max, tooLong(field, max))
    .nullish()
    .transform((value) => value || null);
}

export const LINK_MESSAGE = formMessage("Validation.webLink");

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
export function optionalLink(field: LimitedField) {
  return optionalText(500, field).refine((value) => value === null || isWebLink(value), LINK_MESSAGE);
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

const DATE_MESSAGE = formMessage("Validation.dateFormat");

/** A required "YYYY-MM-DD" date. */
export function requiredDate(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isCalendarDate, DATE_MESSAGE);
}

/** An optional "YYYY-MM-DD" date; "" becomes null. */
export function optionalDate() {
  return z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null)
    .refine((value) => value === null || isCalendarDate(value), DATE_MESSAGE);
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
