import { closeDb, getDb } from "@/lib/db/client";
import { benchImport } from "./scripts/bench/import-bench";
await benchImport(await getDb());
await closeDb();
