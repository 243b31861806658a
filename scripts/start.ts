import { prepareDatabase } from "@/lib/db/prepare-database";
import { readEnv } from "@/lib/env";
import { seedDemoData } from "../prisma/seed";
import { ensureBuild } from "./ensure-build";
import { runSiteServer } from "./run-site-server";

// `npm start`: build if needed, prepare the database, then serve. The database is closed
// before the server process opens its own, because embedded PGlite allows one at a time.
readEnv();
ensureBuild();
await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }) });
runSiteServer({ dev: false });
