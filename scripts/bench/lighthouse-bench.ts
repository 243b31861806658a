import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { percentile } from "./stats";

export type LighthouseFigures = {
  path: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Compressed bytes over the wire, as Lighthouse's resource summary counts them. */
  scriptBytes: number;
  fontBytes: number;
  totalBytes: number;
};

type Audits = Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function figuresFrom(path: string, score: number, audits: Audits): LighthouseFigures {
  const summary = audits["resource-summary"]?.details?.items ?? [];
  const bytes = (type: string) => summary.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {
    path,
    performance: score,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    fcpMs: audits["first-contentful-paint"]?.numericValue ?? Number.NaN,
    scriptBytes: bytes("script"),
    fontBytes: bytes("font"),
    totalBytes: bytes("total"),
  };
}

/** The median of each figure over the runs (as Lighthouse's own guidance suggests, per metric). */
function medianOf(runs: LighthouseFigures[]): LighthouseFigures {
  const m = (pick: (f: LighthouseFigures) => number) => percentile(runs.map(pick), 50);
  return {
    path: runs[0]!.path,
    performance: m((f) => f.performance),
    lcpMs: m((f) => f.lcpMs),
    tbtMs: m((f) => f.tbtMs),
    cls: m((f) => f.cls),
    fcpMs: m((f) => f.fcpMs),
    scriptBytes: m((f) => f.scriptBytes),
    fontBytes: m((f) => f.fontBytes),
    totalBytes: m((f) => f.totalBytes),
  };
}

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** One run in a fresh Chromium. On a busy machine Chromium now and then loses the trace (NO_NAVSTART): up to three tries. */
async function lighthouseOnce(url: string, path: string, attempts = 3): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const lhr = result?.lhr;
      if (lhr && !lhr.runtimeError) return figuresFrom(path, lhr.categories.performance?.score ?? Number.NaN, lhr.audits as Audits);
      if (attempt >= attempts) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? "no result"}`);
    } finally {
      await chrome.kill();
    }
  }
}

/**
 * Lighthouse's default run: a mid-range phone, simulated slow 4G and a 4x slower CPU,
 * performance category only. One Chromium per run, so no cache carries over.
 */
export async function lighthouseMedian(origin: string, path: string, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(`${origin}${path}`, path));
  return medianOf(results);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatLighthouse(f: LighthouseFigures): string {
  return `${f.path.padEnd(44)} perf ${f.performance.toFixed(2)}  LCP ${(f.lcpMs / 1000).toFixed(2)} s  TBT ${f.tbtMs.toFixed(0).padStart(4)} ms  CLS ${f.cls.toFixed(3)}  FCP ${(f.fcpMs / 1000).toFixed(2)} s  scripts ${kb(f.scriptBytes)}  fonts ${kb(f.fontBytes)}  total ${kb(f.totalBytes)}`;
}
