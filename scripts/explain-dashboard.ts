/**
 * `npx tsx scripts/explain-dashboard.ts [--runner <id>]`: EXPLAIN (ANALYZE, BUFFERS) of every query the
 * signed-in runner's dashboard runs (the session lookup, then getRunnerDashboard), for the bench runner
 * by default, against DATABASE_URL. The queries are captured from the real data layer, not copied.
 */
import { register } from "node:module";
import { parseArgs } from "node:util";

register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { openDatabase } = await import("@/db/client");
const { BENCH_ACCOUNTS, BENCH_RUNNER_ID, BENCH_TODAY, postgresPool } = await import("@/scripts/bench/generate");
const { captureQueries, printQueryPlans } = await import("@/scripts/bench/query-plans");
const { getRunnerDashboard } = await import("@/lib/data/dashboard");
const { getSessionUser } = await import("@/lib/data/users");

const { values } = parseArgs({ options: { runner: { type: "string" }, user: { type: "string" } } });
if (!env.DATABASE_URL) {
  console.error("explain-dashboard: set DATABASE_URL (PostgreSQL filled by `npm run bench:seed`).");
  process.exit(2);
}

const database = await openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 10 });
const pool = postgresPool(database);
const runnerId = values.runner ? Number(values.runner) : BENCH_RUNNER_ID;
const userId = values.user ?? BENCH_ACCOUNTS.runner.id;
try {
  // Warm the caches once, then capture what one dashboard view sends.
  await getSessionUser(database.db, userId);
  await getRunnerDashboard(database.db, { runnerId, today: BENCH_TODAY });
  const started = performance.now();
  const { result: dashboard, queries } = await captureQueries(pool, async () => {
    await getSessionUser(database.db, userId);
    return getRunnerDashboard(database.db, { runnerId, today: BENCH_TODAY });
  });
  const ms = performance.now() - started;
  console.log(`Dashboard of runner ${runnerId} (${dashboard?.results.length ?? 0} results): ${queries.length} queries, ${ms.toFixed(1)} ms in-process\n`);
  await printQueryPlans(pool, queries);
} finally {
  await database.close();
}
