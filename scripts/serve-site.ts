import { closeDb } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { gracefulStop } from "@/lib/http/graceful-stop";
import { PageCache } from "@/lib/http/page-cache";
import { createSiteServer } from "@/lib/http/site-server";
import { logger } from "@/lib/log/logger";
import { warnAboutDevMailbox } from "@/lib/mail/dev-mailbox";
import { siteUrl } from "@/lib/urls/site-url";

// Requests still running this long after a stop signal are abandoned.
const SHUTDOWN_GRACE_MS = 10_000;
// The site's queries are all short; a longer one means a database in trouble, and the
// visitor is better served by the "back shortly" page than by waiting. Scripts (migrations,
// the gazetteer load) run in other processes, without this limit.
const SITE_STATEMENT_TIMEOUT_MS = "3000";
const SITE_CONNECT_TIMEOUT_MS = "1000";

/**
 * Serves the site: Next.js (the production build, or the development server) behind our
 * own HTTP server, which works out each visitor's address. Runs until SIGINT or SIGTERM,
 * then finishes the requests in flight and exits.
 */
export async function serveSite({ dev }: { dev: boolean }): Promise<void> {
  // As `next start` and `next dev` do; set before Next.js (and React with it) loads, as
  // both choose their production or development code when first imported.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" });
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port: readEnv().PORT });
  await app.prepare();
  // Read after prepare(), which loads .env.local and friends, so this server and the site
  // behind it see the same settings.
  process.env.DATABASE_STATEMENT_TIMEOUT_MS ||= SITE_STATEMENT_TIMEOUT_MS;
  // Visitors get the 503 page quickly when PostgreSQL is away; commands and tests that run
  // many transactions at once may wait longer for a free pooled connection.
  process.env.DATABASE_CONNECT_TIMEOUT_MS ||= SITE_CONNECT_TIMEOUT_MS;
  const env = readEnv();
  // next-auth builds sign-in links from NEXTAUTH_URL: the same address as every other link.
  process.env.NEXTAUTH_URL = siteUrl(env).href.replace(/\/$/, "");
  warnAboutDevMailbox(env);
  // Pages change with every edit in development: nothing is kept there, and pages keep
  // React so that they reload live (a meeting's time in the visitor's zone is then not shown).
  const cache = !dev && env.PAGE_CACHE_SECONDS > 0 ? new PageCache(env.PAGE_CACHE_SECONDS * 1000) : null;
  const server = createSiteServer(app.getRequestHandler(), { trustedHops: env.TRUST_PROXY, delivery: { plainHtml: !dev, cache } });
  // The development server's live reload talks over WebSockets.
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, resolve);
  });
  logger.info({ port: env.PORT }, `Village is ready on http://localhost:${env.PORT}`);
  // The database pool is the one the pages opened (lib/db/client.ts keeps it on globalThis).
  const stop = gracefulStop({ server, closers: [() => app.close(), closeDb], graceMs: SHUTDOWN_GRACE_MS, log: (message) => logger.info(message) });
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

// `node --import tsx scripts/serve-site.ts [--dev]` serves on a prepared database: the
// production build, or with --dev the development server.
if (import.meta.url === `file://${process.argv[1]}`) await serveSite({ dev: process.argv.includes("--dev") });
