/**
 * Writes a realistic results file in the live-results export format, for benchmarks and tests:
 * `npx tsx scripts/make-results-file.ts <rows> [out.csv] [--seed N]` (stdout when no file is given).
 * About 75% finishers, 18% DNF (ranked after the finishers), 7% DNS (no rank, 00:00:00), ties, empty
 * scores and indexes, accented and non-Latin names, a few missing profile urls and quoted clubs.
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { buildResultsFile } from "@/test/make-results-file";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: "string", default: "1" } } });
const rows = Number(positionals[0] ?? 10_000);
if (!Number.isInteger(rows) || rows < 1) {
  console.error("usage: make-results-file.ts <rows> [out.csv] [--seed N]");
  process.exit(2);
}
const text = buildResultsFile({ rows, seed: Number(values.seed) });
const out = positionals[1] ? createWriteStream(positionals[1]) : process.stdout;
out.write(text);
if (positionals[1]) out.end(() => console.error(`Wrote ${rows} rows to ${positionals[1]} (${Buffer.byteLength(text)} bytes)`));
