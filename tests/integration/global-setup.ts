import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemoData } from "../../prisma/seed";

/** Migrates the run's fresh database, loads the gazetteer and the demo data once. */
export default async function setup() {
  await prepareDatabase({ seedDemo: (db) => seedDemoData(db, { now: new Date() }), log: () => {} });
}
