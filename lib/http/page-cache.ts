import type { Encoding } from "./compression";

export type CachedPage = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Compressed copies, made on first demand. */
  encoded: Partial<Record<Encoding, Buffer>>;
  storedAt: number;
};

/**
 * Finished pages that are the same for every visitor, kept for a short while: a
 * reverse-proxy cache inside the site server, for sites without one in front. Keyed by
 * the whole URL; the oldest entry goes first when it is full.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();

  constructor(
    readonly maxAgeMs: number,
    private readonly maxEntries = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(url: string): CachedPage | undefined {
    const page = this.pages.get(url);
    if (!page) return undefined;
    if (this.clock() - page.storedAt >= this.maxAgeMs) {
      this.pages.delete(url);
      return undefined;
    }
    return page;
  }

  set(url: string, page: Omit<CachedPage, "storedAt" | "encoded">): void {
    this.pages.delete(url);
    this.pages.set(url, { ...page, encoded: {}, storedAt: this.clock() });
    while (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value!);
  }

  /** Seconds since it was stored, for the Age header. */
  ageOf(page: CachedPage): number {
    return Math.floor((this.clock() - page.storedAt) / 1000);
  }
}
