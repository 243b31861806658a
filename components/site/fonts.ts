import localFont from "next/font/local";

// Self-hosted from the fontsource packages: no request ever leaves for a font CDN.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});

// The "standard" cut carries the optical-size axis, so large headings get Fraunces's
// display forms and small ones stay sturdy.
export const fraunces = localFont({
  src: "../../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-standard-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces",
});

export const fontVariables = `${inter.variable} ${fraunces.variable}`;
