import QRCode from "qrcode";

// ink and paper-raised from tailwind.config.ts: near-black on white scans as well as black does.
const DARK = "#2A2320";
const LIGHT = "#FFFFFF";

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A QR code for `url` as an SVG string, drawn on the server, that scales to any size (it has
 * a viewBox and no width). Error correction level M survives a crease or a pen mark on a
 * printed sheet; the four-module quiet zone the standard asks for is part of the drawing.
 * The code is an image named by `label` for screen readers.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: DARK, light: LIGHT } });
  return svg.replace("<svg ", `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" `);
}
