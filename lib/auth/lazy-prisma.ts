import { getDb } from "@/lib/db/client";

/**
 * A stand-in for the Prisma client that opens the database on first call. next-auth's
 * adapter wants a client when the options are built; this keeps opening it lazy.
 */
export const lazyPrisma = new Proxy(
  {},
  {
    get: (_target, model: string) =>
      new Proxy(
        {},
        {
          get:
            (_inner, method: string) =>
            async (...args: unknown[]) => {
              const db = (await getDb()) as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>;
              return db[model]![method]!(...args);
            },
        },
      ),
  },
);
