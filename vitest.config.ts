import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "app/**/*.test.tsx"],
          environment: "node",
          // next-intl imports "next/navigation" without an extension, which Node's resolver refuses.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // As in the unit project: next-intl's "next/navigation" import needs Vite's resolver.
          server: { deps: { inline: ["next-intl"] } },
          // The tests read the mails the site would send from the outbox, which keeps their
          // text only for the development mailbox.
          env: { DEV_MAILBOX: "1" },
          // PGlite is single-process: test files share one database, one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
