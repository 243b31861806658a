import { getDb } from "./client";

const READY_TIMEOUT_MS = 1000;

/**
 * Whether the database answers a trivial query within `timeoutMs`. Opening the client is
 * not counted: for PostgreSQL it connects nothing, and embedded PGlite takes a second or
 * so to open its files once per process, which is start-up, not the database failing.
 */
export async function databaseAnswers(timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const db = await getDb();
    const query = db.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    );
    return await Promise.race([query, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
