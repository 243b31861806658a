import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrCodeSvg } from "./qr-code-svg";

/**
 * Paints the SVG the way a browser would and reads it back with a QR decoder, so the test
 * checks what a phone's camera would find. The library draws each row of dark modules as
 * `M x y.5 h n` and `m dx dy h n` runs on a `size`-module square.
 */
function decode(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === "M") [x, y] = [n[0]!, n[1]!];
    else if (command === "m") [x, y] = [x + n[0]!, y + n[1]!];
    else if (command === "h") {
      for (let i = 0; i < n[0]!; i++) dark.add(`${x + i},${Math.floor(y)}`);
      x += n[0]!;
    } else throw new Error(`unexpected path command ${command}`);
  }
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) continue;
      pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe("qrCodeSvg", () => {
  it("draws a code that reads back as the group's address", async () => {
    const url = "https://village.example/groups/new-parents-circle-austin";
    const svg = await qrCodeSvg(url, "QR code for the group's page");
    expect(decode(svg)).toBe(url);
  });

  it("scales with its container and is one labelled image", async () => {
    const svg = await qrCodeSvg("https://village.example/groups/a", 'Scan for "A & B"');
    expect(svg).toMatch(/^<svg role="img" aria-label="Scan for &quot;A &amp; B&quot;" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
    // Nothing in it that could run or fetch.
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
  });

  it("gives the same drawing for the same address", async () => {
    expect(await qrCodeSvg("https://village.example/groups/b", "b")).toBe(await qrCodeSvg("https://village.example/groups/b", "b"));
  });
});
