/**
 * Runs once as the server starts: opens the database and runs a first query, so the first
 * visitor (and the first readiness check) does not wait for PGlite to open its files and
 * Prisma to load its query compiler. Not while building: `next build` renders in worker
 * processes, and PGlite allows one process at a time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { databaseAnswers } = await import("@/lib/db/check-database");
  // A database that is down now is not a reason to refuse to start: pages say so, and the
  // readiness check keeps the site out of rotation until it answers.
  await databaseAnswers(30_000);
}
