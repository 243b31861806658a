import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/helpers/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: "off",
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}/help-now`,
    env: { PORT: String(port) },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
