import { findChromium } from "../tests/helpers/find-chromium";
import { startDatabaseProxy, urlThroughProxy, type DatabaseProxy } from "../tests/helpers/database-proxy";
import { freshDatabaseEnv } from "../tests/helpers/test-databases";
import { ensureBuild } from "./ensure-build";
import path from "node:path";
import { startSmtpCapture } from "../tests/helpers/smtp-capture";
import { databaseKinds, runStepAsync } from "./run-step";

// End-to-end tests in a real Chromium against the production build, served on a fresh
// database (PGlite, and PostgreSQL too when DATABASE_URL is set).
const chromium = findChromium();
if (!chromium) {
  const banner = "!".repeat(78);
  console.error(`\n${banner}\n  NO CHROMIUM FOUND: the end-to-end tests did NOT run.\n  Install one with:  sudo apt-get install -y chromium\n  or point CHROMIUM_PATH at a Chrome or Chromium binary.\n${banner}\n`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
console.log(`Using Chromium at ${chromium}`);

ensureBuild();
for (const kind of databaseKinds()) {
  const env = await freshDatabaseEnv(kind, "e2e");
  // The site sends its email through a real SMTP server that the tests read from.
  const mailDir = path.resolve(`.data/e2e-mail-${kind}`);
  const smtp = await startSmtpCapture(mailDir);
  // On PostgreSQL the site reaches its database through a proxy the tests can cut
  // (tests/e2e/database-outage.spec.ts); PGlite runs inside the site and cannot be cut.
  let proxy: DatabaseProxy | undefined;
  if (kind === "postgres" && env.DATABASE_URL) {
    const server = new URL(env.DATABASE_URL);
    proxy = await startDatabaseProxy({ host: server.hostname, port: Number(server.port || 5432) });
    env.DATABASE_URL = urlThroughProxy(env.DATABASE_URL, proxy.port);
  }
  try {
    await runStepAsync(`End-to-end tests on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}`, "npx", ["playwright", "test", ...process.argv.slice(2)], {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      E2E_MAIL_DIR: mailDir,
      MODERATOR_EMAILS: "moderator@example.org,importer@example.org,moderador@example.org,revisora@example.org",
      E2E_DATABASE: kind,
      E2E_DATABASE_PROXY: proxy?.controlUrl ?? "",
      // Tests change listings and look for them at once; a page kept for a minute would hide
      // the change. The page cache has tests of its own (lib/http/page-delivery.test.ts).
      PAGE_CACHE_SECONDS: "0",
    });
  } finally {
    await smtp.close();
    await proxy?.close();
  }
}
