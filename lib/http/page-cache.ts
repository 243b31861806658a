import type { Encoding } from "./compression";

export type CachedPage = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Compressed copies, made on first demand. */
  encoded: Partial<Record<Encoding, Buffer>>;
  storedAt: number;
  /** How long this one may be kept: what its Cache-Control allows, at most the cache's own limit. */
  maxAgeMs: number;
};

/**
 * Finished answers that are the same for every visitor, kept for a short while: a
 * reverse-proxy cache inside the site server, for sites without one in front. Keyed by
 * the whole URL; the oldest entry goes first when it is full.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<void>>();

  constructor(
    readonly maxAgeMs: number,
    private readonly maxEntries = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(url: string): CachedPage | undefined {
    const page = this.pages.get(url);
    if (!page) return undefined;
    if (this.clock() - page.storedAt >= page.maxAgeMs) {
      this.pages.delete(url);
      return undefined;
    }
    return page;
  }

  set(url: string, page: Omit<CachedPage, "storedAt" | "encoded" | "maxAgeMs">, maxAgeMs: number): void {
    this.pages.delete(url);
    if (maxAgeMs <= 0) return;
    this.pages.set(url, { ...page, encoded: {}, storedAt: this.clock(), maxAgeMs: Math.min(maxAgeMs, this.maxAgeMs) });
    while (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value!);
  }

  /**
   * Notes that `url` is being rendered for the cache; call the result when its answer is
   * finished. Meanwhile others asking for it can wait (renderingNow) instead of rendering it
   * too: a page whose copy has just expired, asked for by fifty visitors at once, is
   * rendered once (as a reverse proxy's cache lock does).
   */
  beginRendering(url: string): () => void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.rendering.set(url, done);
    return () => {
      if (this.rendering.get(url) === done) this.rendering.delete(url);
      finish();
    };
  }

  /** Resolves when the render of `url` under way finishes; undefined when none is. */
  renderingNow(url: string): Promise<void> | undefined {
    return this.rendering.get(url);
  }

  /** Seconds since it was stored, for the Age header. */
  ageOf(page: CachedPage): number {
    return Math.floor((this.clock() - page.storedAt) / 1000);
  }
}

/**
 * How long a shared cache may keep an answer, from its Cache-Control, in milliseconds: its
 * s-maxage, else its max-age when it is public; 0 for private, no-store or no-cache.
 */
export function sharedMaxAgeMs(cacheControl: unknown): number {
  const directives = String(cacheControl ?? "")
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  if (directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return 0;
  const seconds = (name: string) => {
    const found = directives.find((d) => d.startsWith(`${name}=`));
    return found ? Number(found.slice(name.length + 1)) : undefined;
  };
  const age = seconds("s-maxage") ?? (directives.includes("public") ? seconds("max-age") : undefined);
  return age !== undefined && Number.isFinite(age) && age > 0 ? age * 1000 : 0;
}
