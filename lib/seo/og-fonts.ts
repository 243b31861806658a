import { readFile } from "node:fs/promises";
import path from "node:path";

// Satori (next/og) reads TTF, OTF and WOFF, not WOFF2, so the static Fraunces cuts from
// @fontsource/fraunces are used here; the site itself uses the variable WOFF2.
const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "fraunces", "files");

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600; style: "normal" }[]> | undefined;

/** Fraunces regular and semibold for preview images, read from disk once: no network needed. */
export function loadOgFonts() {
  fonts ??= Promise.all(
    ([400, 600] as const).map(async (weight) => ({
      name: "Fraunces",
      data: await readFile(path.join(FILES, `fraunces-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}
