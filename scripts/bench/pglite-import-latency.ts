/**
 * `npm run bench:import-latency [-- --rows 80000 --runners 20000 --results 100000 --interval 100 --reseed]`:
 * how long pages wait while a large results import runs on the embedded PGlite database (issue 14).
 * Seeds a PGlite database once (bench dataset, kept in .data-bench-import/seed), copies it to a fresh
 * folder, then imports a generated file of --rows rows (new runners, new race) through the one import
 * path while probing reads every --interval ms: a health `select 1` and the dashboard's data-layer query
 * for runners taken in turn, each kind waiting for its previous answer. A probe's wait runs from when it
 * was due (a blocked event loop counts) to its answer. Prints the import's duration and the probes' count, p50, p95 and max wait.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

register("../node-hooks.mjs", import.meta.url);

const { openDatabase, migrateDatabase } = await import("@/db/client");
const { sql } = await import("drizzle-orm");
const { generateBenchData, BENCH_TODAY } = await import("@/scripts/bench/generate");
const { importResultsFile } = await import("@/lib/ingest/import");
const { getRunnerDashboard } = await import("@/lib/data/dashboard");
const { buildResultsFile } = await import("@/test/make-results-file");

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "80000" },
    runners: { type: "string", default: "20000" },
    results: { type: "string", default: "100000" },
    interval: { type: "string", default: "100" },
    reseed: { type: "boolean", default: false },
  },
});
const ROWS = Number(values.rows);
const INTERVAL = Number(values.interval);
const SEED_DIR = path.resolve(".data-bench-import", `seed-${values.runners}-${values.results}`);

function log(line: string) {
  console.error(`bench:import-latency: ${line}`);
}

if (values.reseed || !existsSync(SEED_DIR)) {
  rmSync(SEED_DIR, { recursive: true, force: true });
  log(`seeding ${values.runners} runners, ${values.results} results into ${SEED_DIR} (once) ...`);
  const seed = await openDatabase({ dataDir: SEED_DIR });
  try {
    await migrateDatabase(seed);
    await generateBenchData(seed, { runners: Number(values.runners), results: Number(values.results), signedIn: 0, recompute: true });
  } finally {
    await seed.close();
  }
}

const workDir = mkdtempSync(path.join(os.tmpdir(), "pglite-import-latency-"));
cpSync(path.join(SEED_DIR, "pglite"), path.join(workDir, "pglite"), { recursive: true });
const database = await openDatabase({ dataDir: workDir });

interface Probe {
  kind: "health" | "dashboard";
  wait: number;
}

try {
  await migrateDatabase(database);
  const db = database.db;
  const runnerIds = ((await db.execute(sql`select id from runners order by id limit 5000`)) as unknown as { rows: { id: number }[] }).rows.map((r) => r.id);
  const text = buildResultsFile({ rows: ROWS, seed: 7, date: "2026-06-14", race: `Latency ${ROWS}`, firstRunnerId: 30_000_000 });
  // Warm the dashboard statement and the caches of PGlite before measuring.
  await getRunnerDashboard(db, { runnerId: runnerIds[0] ?? 1, today: BENCH_TODAY });

  const probes: Probe[] = [];
  let running = true;
  let next = 0;
  // Each kind waits for its previous answer before the next (a reader waits for the page), so the probes
  // themselves never pile up; a probe due while the previous one is out is skipped, that one's wait grows.
  const busy = new Set<Probe["kind"]>();
  const pending: Promise<unknown>[] = [];
  const probe = (kind: Probe["kind"], due: number, read: () => Promise<unknown>) => {
    if (busy.has(kind)) return;
    busy.add(kind);
    pending.push(
      read().then(() => {
        busy.delete(kind);
        probes.push({ kind, wait: performance.now() - due });
      }),
    );
  };
  const started = performance.now();
  let due = started;
  // A tick issues its probes even when it fires after the import (a blocked event loop): that wait counts.
  const tick = () => {
    const runnerId = runnerIds[(next++ * 97) % runnerIds.length] ?? 1;
    probe("health", due, () => db.execute(sql`select 1`));
    probe("dashboard", due, () => getRunnerDashboard(db, { runnerId, today: BENCH_TODAY }));
    // A late tick stands for the slots it missed (its own due time counts them); the next slot is not in the past.
    due = Math.max(due + INTERVAL, performance.now());
    if (running) setTimeout(tick, Math.max(0, due - performance.now()));
  };
  log(`importing ${ROWS.toLocaleString("en")} rows while probing reads every ${INTERVAL} ms ...`);
  setTimeout(tick, 0);
  const outcome = await importResultsFile(db, text, { eventName: `Latency ${ROWS}`, level: "major", source: "cli", fileName: `latency-${ROWS}.csv` });
  const importSeconds = (performance.now() - started) / 1000;
  running = false;
  // The tick that was due while the import held the thread fires now: let it, then wait for every probe.
  await new Promise((resolve) => setTimeout(resolve, INTERVAL));
  await Promise.all(pending);
  if (!outcome.ok) throw new Error(`import refused: ${outcome.errors.map((e) => e.message).join("; ")}`);

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
  console.log(`\nImport of ${ROWS.toLocaleString("en")} rows (${outcome.summary.inserted} inserted, ${outcome.summary.runnersCreated} runners created): ${importSeconds.toFixed(1)} s\n`);
  console.log("| probe (every " + INTERVAL + " ms) | count | p50 wait | p95 wait | max wait |\n| --- | ---: | ---: | ---: | ---: |");
  for (const kind of ["health", "dashboard"] as const) {
    const waits = probes.filter((p) => p.kind === kind).map((p) => p.wait).sort((a, b) => a - b);
    console.log(`| ${kind === "health" ? "select 1" : "dashboard query"} | ${waits.length} | ${ms(pct(waits, 50))} | ${ms(pct(waits, 95))} | ${ms(waits.at(-1) ?? 0)} |`);
  }
} finally {
  await database.close();
  rmSync(workDir, { recursive: true, force: true });
}
