import type { Messages } from "next-intl";

// What a form says back (a zod message, a field error, a live-region message) travels from
// the server as a message key, never as worded text: the schema and the action stay free of
// any language, and the form words the key in the visitor's language when it renders. The
// key names a message of one of the namespaces below, whose messages reach the browser.

type KeysOf<Namespace extends keyof Messages> = Extract<keyof Messages[Namespace], string>;

/** Namespaces whose messages a form answer may name; all of them are sent to the browser. */
export const FORM_MESSAGE_NAMESPACES = ["Forms", "Validation", "Auth", "Listing", "Organiser", "Moderation", "Import", "Contact"] as const;

export type FormMessageNamespace = (typeof FORM_MESSAGE_NAMESPACES)[number];

export type FormMessageKey = { [N in FormMessageNamespace]: `${N}.${KeysOf<N>}` }[FormMessageNamespace];

export type FormMessageArgs = Record<string, string | number>;

const SEPARATOR = " ";

/**
 * A message key with its ICU arguments, as one string (zod keeps issue messages as strings):
 * `formMessage("Validation.tooLong", { max: 80 })` is `Validation.tooLong {"max":80}`.
 */
export function formMessage(key: FormMessageKey, args?: FormMessageArgs): string {
  return args && Object.keys(args).length > 0 ? `${key}${SEPARATOR}${JSON.stringify(args)}` : key;
}

/** The key and arguments of a `formMessage` string. */
export function readFormMessage(message: string): { key: string; args: FormMessageArgs } {
  const at = message.indexOf(SEPARATOR);
  if (at === -1) return { key: message, args: {} };
  try {
    return { key: message.slice(0, at), args: JSON.parse(message.slice(at + 1)) as FormMessageArgs };
  } catch {
    return { key: message, args: {} };
  }
}

/** The translator call both wordings share: a root translator (useTranslations(), createTranslator) words `message`. */
type RootTranslator = { has: (key: never) => boolean } & ((key: never, args: never) => string);

/**
 * `message` worded by `t`, or as it came when it is not a known key, so nothing a person
 * needs to read is ever dropped. The key is checked where it is made (formMessage's type).
 */
export function wordFormMessage(t: RootTranslator, message: string): string {
  const { key, args } = readFormMessage(message);
  return t.has(key as never) ? t(key as never, args as never) : message;
}
