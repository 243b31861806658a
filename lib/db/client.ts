import { PrismaClient } from "./generated/client";
import { createAdapter, databaseTargetFromEnv, type AdapterHandle } from "./adapter";

type Connection = { prisma: PrismaClient; adapter: AdapterHandle };

// One client per process, opened on first use: `next build` imports server modules,
// and opening the database at import time would open it during the build.
const globalForDb = globalThis as unknown as { villageDb?: Promise<Connection> };

/**
 * Prisma's defaults (2 s to start a transaction, 5 s to finish it) fail writes on a busy
 * machine: PGlite runs one transaction at a time, so parallel writers queue for it, and
 * PostgreSQL's pool makes them wait for a connection. Waiting is right; failing a
 * committed-looking request is not. Long commands (seeds, imports) set their own, longer limits.
 */
const TRANSACTION_LIMITS = { maxWait: 30_000, timeout: 60_000 } as const;

async function connect(): Promise<Connection> {
  const adapter = await createAdapter(databaseTargetFromEnv());
  const prisma = new PrismaClient({ adapter: adapter.factory, transactionOptions: TRANSACTION_LIMITS });
  return { prisma, adapter };
}

/** The one Prisma client. */
export async function getDb(): Promise<PrismaClient> {
  globalForDb.villageDb ??= connect();
  return (await globalForDb.villageDb).prisma;
}

/** Closes the client (scripts and tests); the next getDb() opens a fresh one. */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.villageDb;
  globalForDb.villageDb = undefined;
  if (!pending) return;
  const { prisma, adapter } = await pending;
  await prisma.$disconnect();
  await adapter.close();
}
