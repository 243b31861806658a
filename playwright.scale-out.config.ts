import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/helpers/find-chromium";

// The scale-out test starts its own two site servers; run it with `npm run test:scale-out`.
export default defineConfig({
  testDir: "tests/scale-out",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 300_000,
  reporter: [["list"]],
  use: {
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: "off",
  },
});
