import type { SqlDriverAdapter, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import { currentRequestContext, markDatabaseUnavailable } from "@/lib/http/request-context";
import { logger } from "@/lib/log/logger";

// What @prisma/adapter-pg calls a socket failure, and PostgreSQL's own codes for "not now":
// statement timeout (57014), shutting down (57P01–57P03), connection failures (08…) and
// too many connections (53300).
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_SQLSTATE = /^(57014|57P0[123]|08\d{3}|53300)$/;
// node-postgres's own errors carry no code, only these messages: connect timeout, a pool
// with no free connection in time, a dropped connection, a client-side query timeout.
const UNAVAILABLE_MESSAGE = /timeout exceeded when trying to connect|connection timeout|Connection terminated|Query read timeout|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|ETIMEDOUT/i;
// Prisma's codes for the same things, should an error reach us already wrapped.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** Whether an error means "the database is down or too slow", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause } = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown };
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  if (kind === "postgres" && typeof code === "string" && UNAVAILABLE_SQLSTATE.test(code)) return true;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND"].includes(code))) return true;
  if (typeof code === "string" && (error as { severity?: unknown }).severity && UNAVAILABLE_SQLSTATE.test(code)) return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

async function watched<T>(work: () => Promise<T>): Promise<T> {
  // Once one query of a request has found the database away, the others fail at once
  // instead of each waiting out its own timeout: the visitor gets their answer in about
  // one connect timeout, however many queries the page makes one after another.
  if (currentRequestContext()?.databaseUnavailable) throw new Error("Connection terminated: the database was unreachable earlier in this request.");
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      markDatabaseUnavailable();
      logger.warn({ requestId: currentRequestContext()?.id, err: error }, "database unavailable");
    }
    throw error;
  }
}

function watchQueryable<Q extends SqlQueryable>(queryable: Q): Q {
  const { queryRaw, executeRaw } = queryable;
  queryable.queryRaw = (query) => watched(() => queryRaw.call(queryable, query));
  queryable.executeRaw = (query) => watched(() => executeRaw.call(queryable, query));
  return queryable;
}

/**
 * Marks the current request when a query fails for want of a database, so our HTTP server
 * can answer 503 with a kind page instead of Next.js's bare 500 (see lib/http/outage-response.ts).
 * The error itself still propagates: nothing here hides a failure.
 */
export function watchForOutage<A extends SqlDriverAdapter>(adapter: A): A {
  watchQueryable(adapter);
  const { startTransaction } = adapter;
  adapter.startTransaction = (isolationLevel) =>
    watched(async () => watchQueryable<Transaction>(await startTransaction.call(adapter, isolationLevel)));
  return adapter;
}

/**
 * For code that turns a failed query into an ordinary answer (next-auth reports a session
 * it could not read as "signed out"): throws when the database was unreachable during this
 * request, so the visitor gets the "back shortly" page rather than a wrong answer.
 */
export function throwIfDatabaseWasUnavailable(): void {
  if (currentRequestContext()?.databaseUnavailable) throw new Error("The database could not be reached during this request.");
}
