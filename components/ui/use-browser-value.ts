import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * A value only the browser knows (its time zone, whether it can print or locate), read
 * after hydration: the server and the first client render both see `serverValue`, so the
 * markup matches, and the browser's value follows without an effect that sets state.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeToNothing, read, () => serverValue);
}
