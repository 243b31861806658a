import type { Config } from "tailwindcss";

/**
 * Village design tokens. One palette, one type scale, one spacing scale (Tailwind's 4px
 * steps plus `tap`), used everywhere. Every text pairing noted below meets WCAG AA (4.5:1);
 * `line-strong` meets the 3:1 non-text minimum for form control borders.
 */
const config: Config = {
  content: [
    "./app/**/*.{ts,tsx,mdx}",
    "./components/**/*.{ts,tsx,mdx}",
    "./lib/**/*.{ts,tsx}",
    "./content/**/*.{md,mdx}",
  ],
  theme: {
    extend: {
      colors: {
        // Backgrounds
        paper: { DEFAULT: "#FBF7F1", deep: "#F3EBDF", raised: "#FFFFFF" },
        // Text: ink 14.5:1 on paper, ink-muted 7:1 on paper and 6.3:1 on paper-deep
        ink: { DEFAULT: "#2A2320", muted: "#5E534B" },
        // Borders: `line` is decorative; `line-strong` for inputs (3.7:1 on paper)
        line: { DEFAULT: "#E6DCCE", strong: "#8E7D6D" },
        // Primary actions. White text on clay-600 is 5.3:1.
        clay: {
          50: "#FCF5F0",
          100: "#F8E6DA",
          200: "#F0CAB3",
          300: "#E5A886",
          400: "#D6865F",
          500: "#C46A43",
          600: "#A8532F",
          700: "#8F4426",
          800: "#733720",
          900: "#5A2C1B",
        },
        // Secondary, calm, "this is fine" signals
        sage: {
          50: "#F2F6F0",
          100: "#E1EADC",
          200: "#C5D5BC",
          300: "#A2BA96",
          400: "#7D9C70",
          500: "#5E7F53",
          600: "#4A6741",
          700: "#3B5334",
          800: "#30432B",
          900: "#273724",
        },
        // Crisis affordance and form errors: visible, not alarming
        rose: {
          50: "#FDF3F4",
          100: "#FAE3E6",
          200: "#F4C6CD",
          300: "#EB9EAA",
          400: "#DD7385",
          500: "#C95369",
          600: "#AE3C53",
          700: "#912F44",
          800: "#76293A",
          900: "#602331",
        },
        // Informational accents (badges)
        sky: {
          50: "#F0F6FA",
          100: "#DDEBF4",
          200: "#BBD6E8",
          300: "#8DBAD6",
          400: "#5C98BE",
          500: "#3B7BA3",
          600: "#2C6489",
          700: "#245170",
          800: "#1F435C",
          900: "#1B384C",
        },
        // Focus ring: a cool blue that stands apart from the warm palette
        focus: "#1D5C85",
      },
      fontFamily: {
        // The device's own interface font, which costs nothing to load: San Francisco, Segoe UI,
        // Roboto. Named before the generic system-ui, which on Linux is often the very wide
        // DejaVu Sans; Arial (Liberation Sans there) is close to the widths the layout was drawn with.
        sans: ["-apple-system", "BlinkMacSystemFont", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "Liberation Sans", "system-ui", "sans-serif"],
        serif: ["var(--font-fraunces)", "ui-serif", "Georgia", "Cambria", "Times New Roman", "serif"],
      },
      // The one type scale (a ~1.2 ratio around a 17px body, larger than usual for
      // reading at arm's length). These replace Tailwind's defaults of the same names.
      fontSize: {
        xs: ["0.8125rem", { lineHeight: "1.25rem" }], // 13px: legal, tiny labels only
        sm: ["0.9375rem", { lineHeight: "1.375rem" }], // 15px: hints, meta, badges
        base: ["1.0625rem", { lineHeight: "1.75rem" }], // 17px: body
        lg: ["1.1875rem", { lineHeight: "1.875rem" }], // 19px: lead paragraphs
        xl: ["1.375rem", { lineHeight: "1.875rem", letterSpacing: "-0.005em" }], // 22px: h3, card titles
        "2xl": ["1.625rem", { lineHeight: "2.125rem", letterSpacing: "-0.01em" }], // 26px: h2
        "3xl": ["2rem", { lineHeight: "2.5rem", letterSpacing: "-0.015em" }], // 32px: h1 on phones
        "4xl": ["2.5rem", { lineHeight: "3rem", letterSpacing: "-0.02em" }], // 40px: h1 on wide screens
        "5xl": ["3.25rem", { lineHeight: "3.75rem", letterSpacing: "-0.025em" }], // 52px: home hero only
      },
      spacing: {
        // Minimum comfortable tap target (WCAG 2.5.5 / Apple HIG)
        tap: "2.75rem",
      },
      maxWidth: {
        page: "72rem",
        narrow: "44rem",
        prose: "65ch",
      },
      borderRadius: {
        control: "0.75rem",
        card: "1.25rem",
      },
      boxShadow: {
        card: "0 1px 2px rgba(42, 35, 32, 0.04), 0 4px 16px -4px rgba(42, 35, 32, 0.08)",
        raised: "0 2px 4px rgba(42, 35, 32, 0.06), 0 12px 32px -8px rgba(42, 35, 32, 0.16)",
      },
      ringColor: {
        DEFAULT: "#1D5C85",
      },
      ringOffsetColor: {
        DEFAULT: "#FBF7F1",
      },
    },
  },
  plugins: [],
};

export default config;
