import { z } from "zod";
import { DEFAULT_LICENCE_ID, KNOWN_LICENCES, parseLicence, type Licence } from "./open-data/licences";

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const webUrl = (example: string) => z.url({ protocol: /^https?$/, error: `must be a full http:// or https:// URL such as ${example}` });

/** "1" or "0", for switches; anything else is more likely a typo than a choice. */
const flag = optionalText.pipe(
  z
    .enum(["0", "1"], { error: "must be 1 (on) or 0 (off)" })
    .optional()
    .transform((v) => v === "1"),
);

const secret = optionalText.pipe(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional());

const emailList = optionalText.transform((value, context) => {
  const emails = (value ?? "")
    .split(/[,\s]+/)
    .map((e) => e.toLowerCase())
    .filter(Boolean);
  for (const email of emails.filter((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))) {
    context.addIssue({ code: "custom", message: `must be email addresses separated by commas; "${email}" is not one` });
  }
  return emails;
});

const licence = optionalText.transform((value, context): Licence => {
  const parsed = parseLicence(value ?? DEFAULT_LICENCE_ID);
  if (!parsed) context.addIssue({ code: "custom", message: `must be one of ${Object.keys(KNOWN_LICENCES).join(", ")}, or a name and address such as "My Licence <https://example.org/licence>"` });
  return parsed ?? KNOWN_LICENCES[DEFAULT_LICENCE_ID]!;
});

const schema = z.object({
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional()),
  PGLITE_DATA_DIR: optionalText,
  DATABASE_POOL_SIZE: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1, "must be at least 1").max(100, "must be at most 100").optional()),
  // How long a connection to PostgreSQL may take (or wait for a free slot in the pool).
  DATABASE_CONNECT_TIMEOUT_MS: optionalText.pipe(z.coerce.number<string | undefined>().int().min(100, "must be at least 100").max(60_000, "must be at most 60000").optional()),
  // Longest statement the site server allows; unset, none (scripts). serve-site sets 3000.
  DATABASE_STATEMENT_TIMEOUT_MS: optionalText.pipe(z.coerce.number<string | undefined>().int().min(100, "must be at least 100").max(600_000, "must be at most 600000").optional()),
  SITE_URL: optionalText.pipe(webUrl("https://village.example").optional()),
  PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(65535, "must be a port number").default(3000)),
  // How many proxies of our own stand in front of the server; their X-Forwarded-For is
  // believed that many hops deep, and nothing else a client sends about its address is.
  TRUST_PROXY: optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: "must be the number of proxies in front of the site: 0, 1, 2…" })
      .int("must be the number of proxies in front of the site: 0, 1, 2…")
      .min(0, "must be the number of proxies in front of the site: 0, 1, 2…")
      .max(10, "must be at most 10")
      .default(0),
  ),
  // How long a page that is the same for every visitor may be served from a cache: ours in
  // the site server, and any in front of it (s-maxage). 0 turns both off.
  PAGE_CACHE_SECONDS: optionalText.pipe(z.coerce.number<string | undefined>().int().min(0, "must be 0 or more").max(86_400, "must be at most 86400").default(60)),
  LOG_LEVEL: optionalText.pipe(z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"], { error: "must be debug, info, warn or error" }).optional()),
  SMTP_URL: optionalText.pipe(z.string().regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example:587").optional()),
  MAIL_FROM: optionalText.pipe(
    z
      .string()
      .regex(/^[^<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/, "must be an address such as Village <no-reply@village.example>")
      .default("Village <no-reply@village.localhost>"),
  ),
  // Shows every unsent mail at /dev/mailbox; never on unless asked for.
  DEV_MAILBOX: flag,
  MODERATOR_EMAILS: emailList,
  AUTH_SECRET: secret,
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: optionalText.pipe(webUrl("http://localhost:3000").optional()),
  // The licence of the open data (/open-data, /api/hsds).
  OPEN_DATA_LICENCE: licence,
  DEBUG_SCHEMA_ENGINE: flag,
  // `npm run bench` only: the database it fills (default: beside DATABASE_URL).
  BENCH_DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional()),
});

export type Env = z.infer<typeof schema>;

/**
 * The one way to read the site's settings: validated, converted and defaulted, failing
 * with a message that names the variable. It parses on every call (a few microseconds)
 * rather than caching, so a test that changes process.env sees its change.
 * NODE_ENV is the exception, read as process.env.NODE_ENV where needed: Next.js replaces
 * it at build time.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`).join("\n");
    throw new Error(`Some environment variables are not valid:\n${problems}\nSee .env.example.`);
  }
  return parsed.data;
}
