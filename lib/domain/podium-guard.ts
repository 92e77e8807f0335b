/**
 * R9 guard for messy result files: rows the ranking leaves out (a non-finisher that holds a rank, a
 * finisher whose sex is neither F nor M) would let the finishers behind them move up. When that move
 * would reach a podium place, the file cannot be read without guessing: the import refuses it.
 */
import { DEFAULT_PODIUM_PLACES } from "./edition";
import { rankFinishersBySex, type RankableResult } from "./ranking";
import type { EventLevel, Sex } from "./types";

/**
 * R9 podium places the guard protects for a race of `level`: the default podium of an Event or a Major,
 * none at the Finals or an Index race (they qualify no one by place), and the widest (a Major's) when
 * the level is not known, as in a dry run of a file alone.
 */
export function guardedPodiumPlaces(level: EventLevel | undefined): number {
  if (level === undefined) return Math.max(DEFAULT_PODIUM_PLACES.event, DEFAULT_PODIUM_PLACES.major);
  return level === "event" || level === "major" ? DEFAULT_PODIUM_PLACES[level] : 0;
}

/** A row the ranking leaves out, as the file placed it. */
export interface LeftOutRow {
  line: number;
  /** null: the sex is unknown, so it may stand ahead of women and men alike. */
  sex: Sex | null;
  placeBySex: number | null;
  placeOverall: number | null;
  timeSeconds: number | null;
}

/** A left-out row standing ahead of a finisher who holds a podium place only because it is left out. */
export interface PodiumDoubt {
  line: number;
  /** The finisher whose podium place depends on it. */
  finisherLine: number;
  place: number;
}

function ahead(row: LeftOutRow, finisher: RankableResult): boolean {
  if (row.sex !== null && row.placeBySex !== null && finisher.placeBySex !== null) return row.placeBySex < finisher.placeBySex;
  if (row.placeOverall !== null && finisher.placeOverall !== null) return row.placeOverall < finisher.placeOverall;
  if (row.timeSeconds !== null && finisher.timeSeconds !== null) return row.timeSeconds < finisher.timeSeconds;
  return false;
}

/**
 * R9: for each left-out row, the first finisher of its sex (either sex when unknown) who is behind it
 * in the file, holds a podium place (top `podiumPlaces`) once it is left out, and whose place by sex in
 * the file counts the row: had the row counted, that finisher might be off the podium. `podiumPlaces` 0 means the race has no podium qualification.
 */
export function podiumDoubts<T extends RankableResult & { line: number }>(
  finishers: readonly T[],
  leftOut: readonly LeftOutRow[],
  podiumPlaces: number,
): PodiumDoubt[] {
  if (podiumPlaces <= 0 || leftOut.length === 0) return [];
  const places = rankFinishersBySex(finishers);
  const onPodium = finishers.filter((f) => (places.get(f.resultId) ?? Infinity) <= podiumPlaces);
  const doubts: PodiumDoubt[] = [];
  for (const row of leftOut) {
    // A doubt only where the file's own places count the row: the finisher's place by sex in the file
    // is worse than the one it gets without the row (a sex ranked apart, such as X, leaves no gap).
    const behind = onPodium.find(
      (f) => (row.sex === null || f.sex === row.sex) && ahead(row, f) && (f.placeBySex === null || f.placeBySex > (places.get(f.resultId) ?? 0)),
    );
    if (behind) doubts.push({ line: row.line, finisherLine: behind.line, place: places.get(behind.resultId) ?? 0 });
  }
  return doubts;
}
