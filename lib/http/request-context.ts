import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  id: string;
  /** Set when a query in this request failed because the database could not be reached. */
  databaseUnavailable: boolean;
};

// Our HTTP server runs each request inside this context, and the database adapter, which
// Next.js bundles as a copy of its own, marks it; one instance per process, kept on
// globalThis, is what lets the two copies meet.
const KEY = Symbol.for("village.request-context");
const store = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
const storage = (store[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function markDatabaseUnavailable(): void {
  const context = storage.getStore();
  if (context) context.databaseUnavailable = true;
}
