import { closeDb, getDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/run-migrations";

// `npm run user:promote -- someone@example.org`: makes that person a moderator (creating
// the account if they have never signed in), and records it in the audit log.
const email = process.argv[2]?.trim().toLowerCase();
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
  console.error("Usage: npm run user:promote -- someone@example.org");
  process.exit(1);
}
await migrateDatabase();
const db = await getDb();
try {
  const user = await db.user.upsert({ where: { email }, create: { email, role: "MODERATOR" }, update: { role: "MODERATOR" } });
  await db.auditEntry.create({ data: { action: "ROLE_CHANGED", actorId: null, reason: "Promoted from the command line", details: { userId: user.id, role: "MODERATOR" } } });
  console.log(`${email} is now a moderator.`);
} finally {
  await closeDb();
}
