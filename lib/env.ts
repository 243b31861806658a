import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const schema = z.object({
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional()),
  PGLITE_DATA_DIR: optionalText,
  DATABASE_POOL_SIZE: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1, "must be at least 1").max(100, "must be at most 100").optional()),
  SITE_URL: optionalText.pipe(z.string().url("must be a full URL such as https://village.example").optional()),
  PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(65535, "must be a port number").optional()),
});

export type Env = z.infer<typeof schema>;

/** Validates the environment at start-up, failing with a message that names the variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`).join("\n");
    throw new Error(`Some environment variables are not valid:\n${problems}\nSee .env.example.`);
  }
  return parsed.data;
}
