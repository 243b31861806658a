import path from "node:path";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { readEnv } from "@/lib/env";
import { ensureLanguages } from "../prisma/seed/languages";
import { findChromium } from "../tests/helpers/find-chromium";
import { startSmtpCapture } from "../tests/helpers/smtp-capture";
import { freshDatabaseEnv } from "../tests/helpers/test-databases";
import { ensureBuild } from "./ensure-build";
import { runStepAsync } from "./run-step";

// `npm run test:scale-out`: two site servers on one PostgreSQL database share sessions,
// rate limits and listings (tests/scale-out). It needs PostgreSQL, as embedded PGlite is one
// process's database, so without DATABASE_URL it says loudly that it did not run, and fails
// under CI=true, where DATABASE_URL is always set.
function notRun(reason: string, fix: string): never {
  const banner = "!".repeat(78);
  console.error(`\n${banner}\n  THE SCALE-OUT TEST DID NOT RUN: ${reason}\n  ${fix}\n${banner}\n`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}

if (!readEnv().DATABASE_URL) notRun("it needs PostgreSQL.", "Set DATABASE_URL (a fresh database beside the one named is used).");
const chromium = findChromium();
if (!chromium) notRun("no Chromium found.", "Install one with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).");

ensureBuild();
const env = await freshDatabaseEnv("postgres", "scale-out");
process.env.DATABASE_URL = env.DATABASE_URL;
// Migrations and the gazetteer (a listing's town must be found); no demo listings needed.
await prepareDatabase({ seedDemo: (db) => ensureLanguages(db), log: () => {} });

const mailDir = path.resolve(".data/scale-out-mail");
const smtp = await startSmtpCapture(mailDir);
try {
  await runStepAsync("Scale-out test on PostgreSQL: two site servers, one database", "npx", ["playwright", "test", "--config", "playwright.scale-out.config.ts", ...process.argv.slice(2)], {
    ...env,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    E2E_MAIL_DIR: mailDir,
    MODERATOR_EMAILS: "moderator@example.org",
  });
} finally {
  await smtp.close();
}
