/**
 * `npx tsx scripts/explain-queue.ts ["status=all&sort=margin"]`: the elite queue's queries for one view of
 * `GET /api/elite/requests` (the bench elite's), timed in process (median of 20) and then with
 * EXPLAIN (ANALYZE, BUFFERS), against DATABASE_URL filled by `npm run bench:seed`. Captured from the data
 * layer itself, not copied.
 */
import { register } from "node:module";

register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { openDatabase } = await import("@/db/client");
const { BENCH_ACCOUNTS, BENCH_TODAY, postgresPool } = await import("@/scripts/bench/generate");
const { captureQueries, printQueryPlans } = await import("@/scripts/bench/query-plans");
const { listReviewQueue } = await import("@/lib/data/review-queue");
const { parseQueueSearchParams } = await import("@/lib/validations/review-queue");

if (!env.DATABASE_URL) {
  console.error("explain-queue: set DATABASE_URL (PostgreSQL filled by `npm run bench:seed`).");
  process.exit(2);
}
const filters = parseQueueSearchParams(new URLSearchParams(process.argv[2] ?? ""));
const viewer = { id: BENCH_ACCOUNTS.elite.id, role: "elite" as const, runnerId: null };
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 10 });
const pool = postgresPool(database);
try {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await listReviewQueue(database.db, viewer, filters, { today: BENCH_TODAY });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const { queries } = await captureQueries(pool, () => listReviewQueue(database.db, viewer, filters, { today: BENCH_TODAY }));
  console.log(`Queue ${JSON.stringify(filters)}: ${queries.length} queries, median ${times[10]?.toFixed(1)} ms in process (min ${times[0]?.toFixed(1)})\n`);
  await printQueryPlans(pool, queries);
} finally {
  await database.close();
}
