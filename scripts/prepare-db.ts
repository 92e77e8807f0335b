/**
 * Run before the server starts (npm start) and by the e2e set-up: migrates the database and seeds the demo
 * data when it is empty. Runs with the server stopped: the embedded database takes a lock file (db/pglite-lock.ts).
 * Prints a readable error, not a stack trace, when the database cannot be used.
 */
import type { Database } from "@/db/client";
import type { env as Env } from "@/lib/env";

// The environment is checked first, and its problems are printed as a list, not a stack trace.
let env: typeof Env;
try {
  ({ env } = await import("@/lib/env"));
} catch (error) {
  console.error(`Finals Portal cannot start.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { DatabaseLockedError, describeDatabaseError, migrateDatabase, openDatabase } = await import("@/db/client");
const { DEFAULT_SEED_TODAY, isDatabaseEmpty, seedDatabase } = await import("@/db/seed");
const { DEMO_QUEUE_REQUESTS, seedQueueRequests } = await import("@/db/seed-queue");

function explain(error: unknown, where: string): string {
  if (error instanceof DatabaseLockedError) return `Finals Portal cannot use its database:\n  ${error.message}`;
  const message = describeDatabaseError(error);
  const hint = env.DATABASE_URL
    ? "Check that PostgreSQL is running and that DATABASE_URL (host, port, user, password, database) is right."
    : `Check that ${where} is a folder this user can write, or remove it (rm -rf ${env.DATA_DIR}) to start again with demo data.`;
  return `Finals Portal cannot use its database (${where}):\n  ${message}\n${hint}`;
}

let database: Database | undefined;
const where = env.DATABASE_URL ? "DATABASE_URL" : `${env.DATA_DIR}/pglite`;
try {
  database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);
  if (env.SEED_ON_START === "true" && (await isDatabaseEmpty(database.db))) {
    const summary = await seedDatabase(database.db);
    const queued = await seedQueueRequests(database.db, { count: DEMO_QUEUE_REQUESTS, today: env.PORTAL_TODAY ?? DEFAULT_SEED_TODAY });
    console.log(
      `Seeded demo data: ${summary.runners} runners, ${summary.results} results, ${summary.users} accounts, ${queued} requests to review (${summary.seconds.toFixed(1)} s)`,
    );
  }
  console.log(`Database ready: ${database.kind} at ${database.location}`);
} catch (error) {
  console.error(explain(error, where));
  process.exitCode = 1;
} finally {
  await database?.close().catch(() => undefined);
}
