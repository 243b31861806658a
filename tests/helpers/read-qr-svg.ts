import jsQR from "jsqr";

/**
 * Reads a QR code drawn by the `qrcode` package as SVG back into its text, the way a phone's
 * camera would: paints the dark modules (the library draws each row as `M x y.5 h n` and
 * `m dx dy h n` runs on a `size`-module square) and hands the pixels to a QR decoder.
 * Null when no code can be read.
 */
export function readQrSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) return null;
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
      if (dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}
