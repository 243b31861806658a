/** The field people never see or reach; bots that fill in everything fill it too. */
export const HONEYPOT_FIELD = "website_url";

/** True when a bot filled the honeypot: the server then answers as if all went well and keeps nothing. */
export function isHoneypotFilled(input: unknown): boolean {
  const value = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[HONEYPOT_FIELD] : undefined;
  return typeof value === "string" && value.trim() !== "";
}

/** The input without the honeypot, to send back to the form. */
export function withoutHoneypot<T>(input: T): T {
  if (typeof input !== "object" || input === null) return input;
  const { [HONEYPOT_FIELD]: _honeypot, ...rest } = input as Record<string, unknown>;
  return rest as T;
}
