import { spawn } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { readEnv } from "@/lib/env";
import { seedDemoData } from "../prisma/seed";
import { ensureBuild } from "./ensure-build";

// `npm start`: build if needed, prepare the database, then serve. The database is closed
// before the server starts because embedded PGlite allows one process at a time.
readEnv();
ensureBuild();
await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }) });

const port = process.env.PORT ?? "3000";
// Sign-in links point here; SITE_URL wins when the site has a public address.
const siteUrl = process.env.NEXTAUTH_URL ?? process.env.SITE_URL ?? `http://localhost:${port}`;
const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXTAUTH_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`Village is starting on http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
