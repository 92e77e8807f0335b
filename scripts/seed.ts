/**
 * `npm run db:seed`: migrates, wipes and re-creates the demo data in DATABASE_URL or the embedded
 * database (DATA_DIR). Stop the server first when using the embedded database (it refuses a second process).
 */
import { register } from "node:module";

// The data layer marks itself `import "server-only"`, which throws outside Next.js; the shared hooks
// resolve it as Next.js does for server code. Imports after this line must be dynamic to see them.
register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { migrateDatabase, openDatabase } = await import("@/db/client");
const { DEFAULT_SEED_TODAY, resetDatabase, seedDatabase } = await import("@/db/seed");
const { DEMO_QUEUE_REQUESTS, seedQueueRequests } = await import("@/db/seed-queue");

const where = env.DATABASE_URL ? "DATABASE_URL" : `${env.DATA_DIR}/pglite`;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);
  await resetDatabase(database.db);
  const summary = await seedDatabase(database.db, env.PORTAL_TODAY ? { today: env.PORTAL_TODAY } : {});
  const queued = await seedQueueRequests(database.db, { count: DEMO_QUEUE_REQUESTS, today: env.PORTAL_TODAY ?? DEFAULT_SEED_TODAY });
  console.log(
    `Seeded ${database.kind} at ${database.location}: ${summary.runners} runners, ${summary.events} events, ` +
      `${summary.races} races, ${summary.results} results, ${summary.qualifications} qualifications, ` +
      `${summary.users} accounts, ${queued} requests to review in ${summary.seconds.toFixed(1)} s`,
  );
} catch (error) {
  // Drizzle wraps driver errors ("Failed query: ..."); the cause says what went wrong (ECONNREFUSED, ...).
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  const message = `${error instanceof Error ? error.message.split("\n")[0] : String(error)}${cause}`;
  const hint = env.DATABASE_URL
    ? "Check that PostgreSQL is running and that DATABASE_URL is right."
    : `Stop the server using ${where} first (the embedded database cannot be shared), or remove the folder to start again.`;
  console.error(`Seeding failed (${where}): ${message}\n${hint}`);
  process.exitCode = 1;
} finally {
  await database?.close().catch(() => undefined);
}
