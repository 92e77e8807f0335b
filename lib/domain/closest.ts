/**
 * R13, when not qualified: what came closest (best place against the podium, best score against the
 * threshold) among the results that could have qualified.
 */
import type { ClosestPlace, ClosestScore, StatusResult } from "./qualification";
import type { FinalsEditionConfig, IsoDate, RaceCategory } from "./types";

function compareIds(a: string | number, b: string | number): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** R13: the best place (closest to the podium) and best score of the results that could have qualified. */
export function closestFor(
  results: readonly StatusResult[],
  category: RaceCategory,
  threshold: number,
  edition: FinalsEditionConfig,
  counts: (date: IsoDate) => boolean,
): { bestPlace: ClosestPlace | null; bestScore: ClosestScore | null } {
  let bestPlace: (ClosestPlace & { date: IsoDate; resultId: string | number }) | null = null;
  let bestScore: (ClosestScore & { date: IsoDate; resultId: string | number }) | null = null;
  for (const r of results) {
    const level = r.eventLevel;
    // Only results that could have qualified: R7 level and category, R8 window, R11 flag, finishers.
    if (level !== "event" && level !== "major") continue;
    if (r.category !== category || r.status !== "finisher" || r.qualifiesForFinals === false || !counts(r.date)) continue;
    const place = r.placeBySexAmongFinishers;
    if (place !== null && Number.isFinite(place)) {
      const podiumPlaces = edition.podiumPlaces[level];
      const candidate = { place, podiumPlaces, raceName: r.raceName, eventName: r.eventName, level, date: r.date, resultId: r.resultId };
      if (bestPlace === null || isCloserPlace(candidate, bestPlace)) bestPlace = candidate;
    }
    if (r.utmbScore !== null && Number.isFinite(r.utmbScore)) {
      const candidate = { score: r.utmbScore, threshold, gap: threshold - r.utmbScore, raceName: r.raceName, eventName: r.eventName, date: r.date, resultId: r.resultId };
      if (bestScore === null || isBetterScore(candidate, bestScore)) bestScore = candidate;
    }
  }
  return { bestPlace: bestPlace && stripPlace(bestPlace), bestScore: bestScore && stripScore(bestScore) };
}

type Dated = { date: IsoDate; resultId: string | number };

/** Closest to its podium first (4th of 3 beats 12th of 10), then the better place, then newer. */
function isCloserPlace(a: ClosestPlace & Dated, b: ClosestPlace & Dated): boolean {
  const d = a.place - a.podiumPlaces - (b.place - b.podiumPlaces) || a.place - b.place || (a.date > b.date ? -1 : a.date < b.date ? 1 : 0) || compareIds(a.resultId, b.resultId);
  return d < 0;
}

function isBetterScore(a: ClosestScore & Dated, b: ClosestScore & Dated): boolean {
  const d = b.score - a.score || (a.date > b.date ? -1 : a.date < b.date ? 1 : 0) || compareIds(a.resultId, b.resultId);
  return d < 0;
}

function stripPlace({ place, podiumPlaces, raceName, eventName, level }: ClosestPlace & Dated): ClosestPlace {
  return { place, podiumPlaces, raceName, eventName, level };
}

function stripScore({ score, threshold, gap, raceName, eventName }: ClosestScore & Dated): ClosestScore {
  return { score, threshold, gap, raceName, eventName };
}
