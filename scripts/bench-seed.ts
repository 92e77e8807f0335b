/**
 * `npm run bench:seed -- --runners 1000000 --results 5000000 [--seed 42] [--signed-in 20000] [--recompute]`:
 * migrates, empties and fills the database of DATABASE_URL (COPY) or the embedded one under DATA_DIR
 * (multi-row inserts, small sizes only) with the benchmark dataset of lib/bench/generate.ts, and reports
 * rows/s per table. `--signed-in N` runners get an account of their own (the bench's many-runner dashboard).
 */
import { register } from "node:module";
import { parseArgs } from "node:util";

register("./node-hooks.mjs", import.meta.url);

const { env } = await import("@/lib/env");
const { migrateDatabase, openDatabase } = await import("@/db/client");
const { generateBenchData } = await import("@/scripts/bench/generate");

const { values } = parseArgs({
  options: {
    runners: { type: "string", default: "20000" },
    results: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    requests: { type: "string" },
    "signed-in": { type: "string" },
    recompute: { type: "boolean", default: false },
  },
});
const runners = Number(values.runners);
const results = Number(values.results);
const signedIn = values["signed-in"] === undefined ? undefined : Number(values["signed-in"]);
if (!Number.isInteger(runners) || !Number.isInteger(results) || runners < 100 || results < 1000 || (signedIn !== undefined && !(Number.isInteger(signedIn) && signedIn >= 0))) {
  console.error("usage: npm run bench:seed -- --runners <n >= 100> --results <n >= 1000> [--seed N] [--requests N] [--signed-in N] [--recompute]");
  process.exit(2);
}
if (!env.DATABASE_URL && results > 500_000) {
  console.error(`bench:seed: ${results.toLocaleString("en")} results need PostgreSQL; set DATABASE_URL (e.g. scripts/with-postgres.sh).`);
  process.exit(2);
}

const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
try {
  await migrateDatabase(database);
  console.log(`bench:seed: ${runners.toLocaleString("en")} runners, ${results.toLocaleString("en")} results into ${database.kind} at ${database.location}`);
  const summary = await generateBenchData(database, {
    runners,
    results,
    seed: Number(values.seed),
    requests: values.requests === undefined ? undefined : Number(values.requests),
    signedIn,
    recompute: values.recompute,
    log: (line) => console.log(`  ${line}`),
  });
  console.log("\n| step | rows | seconds | rows/s |\n| --- | ---: | ---: | ---: |");
  for (const l of summary.loads) {
    const rate = l.rows !== null && l.rows > 0 && l.seconds > 0 ? Math.round(l.rows / l.seconds).toLocaleString("en") : "";
    console.log(`| ${l.table} | ${l.rows?.toLocaleString("en") ?? ""} | ${l.seconds.toFixed(1)} | ${rate} |`);
  }
  console.log(
    `\nDone in ${summary.seconds.toFixed(1)} s. Bench runner: id ${summary.benchRunnerId} with ${summary.benchRunnerResults} results; ` +
      `${summary.signedIn.toLocaleString("en")} other runners with an account (bench-user-<runner id>).`,
  );
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(`bench:seed failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}${cause}`);
  process.exitCode = 1;
} finally {
  await database.close().catch(() => undefined);
}
