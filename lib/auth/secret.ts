import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { readEnv } from "@/lib/env";

let cached: Promise<string> | undefined;

/**
 * AUTH_SECRET (or NEXTAUTH_SECRET) when set. Otherwise one random secret generated on first
 * use and kept in the database, so `npm start` needs no setup and several instances on
 * one PostgreSQL agree on it.
 */
export function resolveAuthSecret(db: PrismaClient): Promise<string> {
  const env = readEnv();
  const fromEnv = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (fromEnv) return Promise.resolve(fromEnv);
  cached ??= (async () => {
    await db.setting.createMany({ data: [{ key: "auth-secret", value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
    const row = await db.setting.findUniqueOrThrow({ where: { key: "auth-secret" } });
    return row.value;
  })();
  return cached;
}
