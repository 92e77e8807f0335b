/**
 * R9 place by sex among finishers, ties sharing the place, recomputed from the result file's rows
 * rather than trusted: a DNF listed above a finisher in a messy file must not take a place.
 */
import type { ResultStatus, Sex } from "./types";

/** What the ranking needs from a result row. */
export interface RankableResult {
  resultId: string | number;
  sex: Sex;
  status: ResultStatus;
  /** The file's place by sex; a sort key only (it may count non-finishers). */
  placeBySex: number | null;
  placeOverall: number | null;
  timeSeconds: number | null;
}

/**
 * The key that decides both order and ties: the most authoritative value the row has. An official
 * place by sex comes first (equal places by sex are the file's own ties, whatever the overall place
 * says), then the overall place, then the time; rows with none of them come last, tied together.
 */
function rankKey(r: RankableResult): [tier: number, value: number] {
  if (isFiniteNumber(r.placeBySex)) return [0, r.placeBySex];
  if (isFiniteNumber(r.placeOverall)) return [1, r.placeOverall];
  if (isFiniteNumber(r.timeSeconds)) return [2, r.timeSeconds];
  return [3, 0];
}

function isFiniteNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

function compareKeys(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Competition ranking (1, 2, 2, 4) of one group of finishers. */
function rankGroup<T extends RankableResult>(group: T[], into: Map<T["resultId"], number>): void {
  const keyed = group.map((r) => ({ r, key: rankKey(r) })).sort((a, b) => compareKeys(a.key, b.key));
  let previous: [number, number] | null = null;
  let place = 0;
  keyed.forEach(({ r, key }, i) => {
    // R9: equal keys share the place; the next distinct key skips the shared ones (1, 2, 2, 4).
    if (previous === null || compareKeys(previous, key) !== 0) place = i + 1;
    previous = key;
    into.set(r.resultId, place);
  });
}

function rankByGroup<T extends RankableResult>(results: readonly T[], groupOf: (r: T) => string | null): Map<T["resultId"], number> {
  const groups = new Map<string, T[]>();
  for (const r of results) {
    if (r.status !== "finisher") continue; // R9: only finishers take a place.
    const g = groupOf(r);
    if (g === null) continue;
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
  }
  const ranks = new Map<T["resultId"], number>();
  for (const group of groups.values()) rankGroup(group, ranks);
  return ranks;
}

/**
 * R9: place by sex among finishers, keyed by `resultId`. Non-finishers get no entry. Order: place
 * by sex, then overall place, then time (missing values last); equal keys share a place (1, 2, 2, 4).
 */
export function rankFinishersBySex<T extends RankableResult>(results: readonly T[]): Map<T["resultId"], number> {
  return rankByGroup(results, (r) => r.sex);
}

/**
 * R12: place within sex + age group among finishers, same ordering and ties as
 * `rankFinishersBySex`. Rows without an age group get no entry.
 */
export function rankFinishersInAgeGroup<T extends RankableResult & { ageGroup: string | null }>(
  results: readonly T[],
): Map<T["resultId"], number> {
  return rankByGroup(results, (r) => (r.ageGroup === null ? null : `${r.sex}|${r.ageGroup}`));
}
