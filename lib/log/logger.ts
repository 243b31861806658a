import pino, { type DestinationStream, type Logger } from "pino";

const EMAIL = /[^\s@/?&=<>"'(),;:]+@[^\s@/?&=<>"'(),;:]+\.[a-z]{2,}/gi;

/** Replaces anything shaped like an email address: logs are kept, and read by more people than mail is. */
export function withoutEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}

/**
 * A request's path for the log: no query string (a search can name someone's town, a sign-in
 * callback carries their address and a token) and no email address in a path segment.
 */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? "/").split(/[?#]/, 1)[0] || "/";
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is checked as it came.
  }
  return withoutEmails(decoded) === decoded ? path : withoutEmails(decoded);
}

// Fields that hold what people wrote or who they are; pino replaces their values wherever
// they sit one level deep in a log call's object.
const REDACTED_FIELDS = ["email", "to", "from", "replyTo", "body", "text", "html", "subject", "query", "search", "headers", "cookie"];

/**
 * The site's structured log: one JSON object a line on standard output. Message strings are
 * scrubbed of email addresses as well, as they are often built from error messages.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: { service: "village" },
      level: process.env.LOG_LEVEL ?? "info",
      redact: { paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((f) => `*.${f}`)], censor: "[redacted]" },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? withoutEmails(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      serializers: { err: (error: unknown) => describeError(error) },
    },
    destination,
  );
}

/** An error as a log field: its type, code and message (emails removed), never its cause's data. */
export function describeError(error: unknown): { type: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: withoutEmails(String(error)) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: withoutEmails(error.message), ...(typeof code === "string" ? { code } : {}) };
}

// One logger per process, shared by our server and the code Next.js bundles (which loads
// its own copy of this module).
const KEY = Symbol.for("village.logger");
const store = globalThis as unknown as Record<symbol, Logger | undefined>;

export const logger: Logger = (store[KEY] ??= createLogger());
