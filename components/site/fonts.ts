import localFont from "next/font/local";

// Headings only: one static cut of Fraunces (semibold, the one weight headings use), Latin
// letters, 18 KB, self-hosted from the fontsource package so no request leaves for a font
// CDN. The variable cut with its optical-size axis was 67 KB, and Inter for body text another
// 48 KB: on a phone on a slow connection those 117 KB held back the first paint of text. Body
// text uses the phone's own interface font (tailwind.config.ts), which costs nothing to load.
// The fallback is Times New Roman with its metrics adjusted to Fraunces, so the swap when the
// font arrives moves nothing.
export const fraunces = localFont({
  src: "../../node_modules/@fontsource/fraunces/files/fraunces-latin-600-normal.woff2",
  weight: "600",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces",
  adjustFontFallback: "Times New Roman",
});

export const fontVariables = fraunces.variable;
