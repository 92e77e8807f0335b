/**
 * `npm run --silent bench:provisional [-- <folder>]` (default /tmp/real): how right the R20 provisional
 * scores are on real race files that carry published scores. Each file is read by the import's own
 * parser; its scores are hidden and estimated again, then compared:
 * - one official score known (each finisher's in turn, and the winner's): error over every other finisher;
 * - none known: the field (indexes x times) and the course's last scored edition (same event and race
 *   name, an earlier year), for finishers whose true score is 600 or more.
 * Prints a markdown table (for the README); per-file lines go to stderr.
 */
import { createReadStream, readdirSync } from "node:fs";
import path from "node:path";
import { parseResults } from "@/lib/ingest/parse";
import {
  constantFromOfficialScores,
  editionScores,
  scoreForTime,
  type EditionFinisher,
} from "@/lib/domain/provisional-score";

const folder = process.argv[2] ?? "/tmp/real";
/** Finishers whose score is what qualification is about (R10 thresholds are 680-870). */
const HIGH_SCORE = 600;

interface Edition {
  file: string;
  course: string;
  year: number;
  finishers: (EditionFinisher & { timeSeconds: number })[];
}

async function readEdition(file: string): Promise<Edition | null> {
  const m = /^(.+?)_(\d{4})_(.+)\.csv$/i.exec(path.basename(file));
  if (!m) return null;
  const parsed = await parseResults(createReadStream(file));
  if (!parsed.ok) throw new Error(`${file}: refused by the parser: ${parsed.errors[0]?.message}`);
  const finishers = parsed.rows
    .filter((r) => r.status === "finisher" && r.timeSeconds !== null && r.timeSeconds > 0)
    .map((r) => ({ bib: r.bib, timeSeconds: r.timeSeconds!, officialScore: r.utmbScore, categoryIndex: r.utmbIndex ?? null }));
  return { file: path.basename(file), course: `${m[1]}/${m[3]!.toLowerCase()}`, year: Number(m[2]), finishers };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(n > 0 && n < of / 1000 ? 3 : 1)}%`;

const files = readdirSync(folder).filter((f) => f.endsWith(".csv")).sort();
const editions: Edition[] = [];
for (const f of files) {
  const e = await readEdition(path.join(folder, f));
  if (e) editions.push(e);
}
const scored = editions.filter((e) => e.finishers.some((f) => f.officialScore !== null && f.officialScore > 0));

/** The constant of the course's last scored edition before this one, as the portal would know it. */
function lastEditionConstant(e: Edition): number | null {
  const earlier = scored.filter((o) => o.course === e.course && o.year < e.year).sort((a, b) => b.year - a.year)[0];
  if (!earlier) return null;
  const official = earlier.finishers.flatMap((f) => (f.officialScore ? [{ score: f.officialScore, timeSeconds: f.timeSeconds }] : []));
  return constantFromOfficialScores(official)?.constant ?? null;
}

// (a) One official score known.
let pairs = 0;
let pairsOverOne = 0;
let pairsOutside = 0;
/** The smallest known time / other time among pairs off by more than 1 point. */
let smallestRatioOverOne = Infinity;
let maxAny = 0;
let maxFromWinner = 0;
let maxAllRows = 0;
let inconsistent = 0;
const inconsistentFiles = new Set<string>();
// (b) None known.
const errorsHigh: number[] = [];
let coveredHigh = 0;
let coveredAll = 0;
let countAll = 0;
const byBasis = new Map<string, { errors: number[]; covered: number }>();
/** Per file with finishers >= HIGH_SCORE: its median error, and whether its range held every one of them. */
const fileMedians: number[] = [];
let filesHeld = 0;

for (const e of scored) {
  const official = e.finishers.filter((f) => f.officialScore !== null && f.officialScore > 0) as (EditionFinisher & { timeSeconds: number; officialScore: number })[];
  const truth = constantFromOfficialScores(official.map((f) => ({ score: f.officialScore, timeSeconds: f.timeSeconds })))!;
  // Rows whose published score does not follow R5 from their own time (a correction, a wrong time column).
  const agrees = (f: { officialScore: number; timeSeconds: number }) => Math.abs(f.officialScore - truth.constant / (f.timeSeconds + 0.5)) <= 1;
  const consistent = official.filter(agrees);
  inconsistent += official.length - consistent.length;
  if (official.length > consistent.length) inconsistentFiles.add(e.file);

  for (const known of consistent) {
    const c = constantFromOfficialScores([{ score: known.officialScore, timeSeconds: known.timeSeconds }])!;
    for (const other of consistent) {
      if (other === known) continue;
      const s = scoreForTime(c, other.timeSeconds);
      const error = Math.abs(s.score - other.officialScore);
      pairs++;
      if (error > 1) {
        pairsOverOne++;
        smallestRatioOverOne = Math.min(smallestRatioOverOne, known.timeSeconds / other.timeSeconds);
      }
      if (other.officialScore < s.low || other.officialScore > s.high) pairsOutside++;
      maxAny = Math.max(maxAny, error);
    }
  }
  const winner = [...official].sort((a, b) => a.timeSeconds - b.timeSeconds)[0]!;
  const fromWinner = constantFromOfficialScores([{ score: winner.officialScore, timeSeconds: winner.timeSeconds }])!;
  for (const other of official) {
    const error = Math.abs(scoreForTime(fromWinner, other.timeSeconds).score - other.officialScore);
    maxAllRows = Math.max(maxAllRows, error);
    if (agrees(other) && agrees(winner)) maxFromWinner = Math.max(maxFromWinner, error);
  }

  const hidden = e.finishers.map((f) => ({ ...f, officialScore: null }));
  const estimates = editionScores(hidden, { lastEditionConstant: lastEditionConstant(e) });
  const fileErrors: number[] = [];
  let fileCovered = 0;
  official.forEach((f) => {
    const s = estimates[e.finishers.indexOf(f)]!;
    if (s.score === null) return;
    const inside = f.officialScore >= s.low! && f.officialScore <= s.high!;
    countAll++;
    if (inside) coveredAll++;
    if (f.officialScore < HIGH_SCORE) return;
    const error = Math.abs(s.score - f.officialScore);
    errorsHigh.push(error);
    fileErrors.push(error);
    if (inside) {
      coveredHigh++;
      fileCovered++;
    }
    const basis = byBasis.get(s.basis!) ?? { errors: [], covered: 0 };
    basis.errors.push(error);
    if (inside) basis.covered++;
    byBasis.set(s.basis!, basis);
  });
  const basis = estimates.find((s) => s.status === "provisional")?.basis ?? "-";
  const sorted = sortNum(fileErrors);
  if (sorted.length > 0) {
    fileMedians.push(quantile(sorted, 0.5));
    if (fileCovered === sorted.length) filesHeld++;
  }
  const sample = estimates.find((s) => s.score !== null);
  const width = sample ? `${sample.low}-${sample.high} (winner)` : "-";
  process.stderr.write(
    `${e.file.padEnd(34)} ${String(official.length).padStart(5)} scored, ${String(fileErrors.length).padStart(4)} >= ${HIGH_SCORE}: ` +
      `median error ${fileErrors.length ? quantile(sorted, 0.5) : "-"}, inside ${fileErrors.length ? pct(fileCovered, fileErrors.length) : "-"}, ${basis}, range ${width}\n`,
  );
}

const high = sortNum(errorsHigh);
const lines = [
  `Real files read: ${editions.length}; with published scores: ${scored.length} (${scored.reduce((n, e) => n + e.finishers.filter((f) => f.officialScore).length, 0)} scored finishers).`,
  "",
  "| case | finishers | figure |",
  "|---|---|---|",
  `| one official score known, the winner's | every other scored finisher | max error ${maxFromWinner} point(s) |`,
  `| one official score known, each finisher's in turn | ${pairs.toLocaleString("en")} (known, other) pairs | max error ${maxAny}; over 1 point in ${pairsOverOne} pairs (${pct(pairsOverOne, pairs)}), all with the known time ${smallestRatioOverOne.toFixed(2)}x the other's or more; true score outside [low, high] in ${pairsOutside} |`,
  `| published scores that do not follow R5 from their own time (left out above) | ${inconsistent} in ${inconsistentFiles.size} files | ${[...inconsistentFiles].join(", ")}; with them, max error from the winner's score ${maxAllRows} |`,
  `| none known (field + earlier editions), true score >= ${HIGH_SCORE} | ${high.length} | median error ${quantile(high, 0.5)}, 90th percentile ${quantile(high, 0.9)}, max ${high.at(-1)}; truth in [low, high] ${pct(coveredHigh, high.length)} |`,
  ...[...byBasis].map(([basis, b]) => {
    const s = sortNum(b.errors);
    return `| ... of which basis \`${basis}\` | ${s.length} | median error ${quantile(s, 0.5)}, 90th percentile ${quantile(s, 0.9)}; truth in [low, high] ${pct(b.covered, s.length)} |`;
  }),
  `| none known, per file with finishers >= ${HIGH_SCORE} | ${fileMedians.length} files | median of the files' median errors ${quantile(sortNum(fileMedians), 0.5)}, worst ${Math.max(...fileMedians)}; range held all of them in ${filesHeld} files |`,
  `| none known, every scored finisher | ${countAll} | truth in [low, high] ${pct(coveredAll, countAll)} |`,
];
process.stdout.write(`${lines.join("\n")}\n`);
