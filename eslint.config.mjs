import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// Next.js's own rules (React, hooks, accessibility, Core Web Vitals) and its TypeScript set.
const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      // Leading underscores mark values left out on purpose (`const { a: _a, ...rest } = …`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  { ignores: ["lib/db/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
