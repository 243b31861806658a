import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemoData } from "../prisma/seed";

await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }) });
