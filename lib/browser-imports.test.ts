import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// zod 4 probes for eval (`Function("")`) when it builds an object schema. In the browser the
// Content-Security-Policy blocks that and reports a violation on every page that loads it,
// so client components take limits and choices from zod-free modules and leave the
// schemas to the server. This follows the imports that reach the browser bundle.

const root = path.resolve(import.meta.dirname, "..");
const FORBIDDEN = new Set(["zod"]);

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ["", ".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** Value imports (not `import type`) of `file`, as written. */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gms)].filter((m) => !m[1]).map((m) => m[2]!);
}

const directive = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["'](use client|use server)["']/.exec(source)?.[1];

/** Import chains from `entry` that end in a forbidden package. Server actions stop the walk: the browser gets a reference. */
function forbiddenChains(entry: string, seen = new Set<string>(), chain: string[] = []): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const source = fs.readFileSync(entry, "utf8");
  if (chain.length > 0 && directive(source) === "use server") return [];
  const here = [...chain, path.relative(root, entry)];
  return valueImports(source).flatMap((specifier) => {
    if (FORBIDDEN.has(specifier)) return [`${here.join(" > ")} > ${specifier}`];
    const next = resolveLocal(entry, specifier);
    return next ? forbiddenChains(next, seen, here) : [];
  });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("code that runs in the browser", () => {
  const clientFiles = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir))).filter((file) => directive(fs.readFileSync(file, "utf8")) === "use client");

  it("finds the client components", () => {
    expect(clientFiles.map((f) => path.relative(root, f))).toContain("components/group-page/report-form.tsx");
  });

  it("never loads zod", () => {
    expect(clientFiles.flatMap((file) => forbiddenChains(file))).toEqual([]);
  });
});
