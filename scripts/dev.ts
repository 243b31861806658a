import { prepareDatabase } from "@/lib/db/prepare-database";
import { readEnv } from "@/lib/env";
import { seedDemoData } from "../prisma/seed";
import { runSiteServer } from "./run-site-server";

// `npm run dev`: prepare the database, then the Next.js development server behind the same
// HTTP server `npm start` uses, so per-address limits behave as they do in production.
readEnv();
await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }) });
runSiteServer({ dev: true });
