/**
 * A value worked out at most once per `maxAgeMs`, shared by every request of this process:
 * for answers that are the same for everyone and may be a little out of date (the list of
 * languages groups meet in). Callers arriving while it is worked out wait for the same
 * promise; a failure is not kept, so the next caller tries again.
 */
export function recentValue<T>(maxAgeMs: number, load: () => Promise<T>, clock: () => number = Date.now): () => Promise<T> {
  let cached: { value: Promise<T>; at: number } | undefined;
  return () => {
    const now = clock();
    if (cached && now - cached.at < maxAgeMs) return cached.value;
    const entry = { value: load(), at: now };
    cached = entry;
    entry.value.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.value;
  };
}
