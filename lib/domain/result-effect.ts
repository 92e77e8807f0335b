/**
 * What one result does for the coming Finals (R4, R7-R12), so that every result on the dashboard says
 * it: qualifies for a race and why, never qualifies directly (20K), outside the period, and so on.
 */
import { finalsRaceForCategory, isFinalsCategory } from "./km-effort";
import type { FinalsRaceStatus, QualificationReason } from "./qualification";
import type { DashboardResult } from "./runner-dashboard";
import type { FinalsEditionConfig, FinalsRace, Sex } from "./types";

export type ResultEffect =
  | { kind: "qualifies"; finalsRace: FinalsRace; reasons: QualificationReason[]; movedTo: FinalsRace | null }
  | { kind: "short"; finalsRace: FinalsRace; place: number | null; podiumPlaces: number; score: number | null; threshold: number }
  | { kind: "twenty_k" }
  | { kind: "not_scored" }
  | { kind: "index_race" }
  | { kind: "finals_race" }
  | { kind: "outside_period" }
  | { kind: "not_qualifier" }
  | { kind: "not_finisher" };

type ResultFacts = Pick<
  DashboardResult,
  "resultId" | "eventLevel" | "category" | "status" | "finisherPlaceBySex" | "utmbScore" | "inQualificationPeriod" | "qualifiesForFinals"
>;

/** R7-R12: the effect of one result on the edition's status. */
export function resultEffect(
  result: ResultFacts,
  status: Record<FinalsRace, FinalsRaceStatus>,
  edition: Pick<FinalsEditionConfig, "podiumPlaces" | "scoreThresholds">,
  sex: Sex,
): ResultEffect {
  if (result.category === "20K") return { kind: "twenty_k" }; // R7
  if (!isFinalsCategory(result.category)) return { kind: "not_scored" }; // R3
  if (result.eventLevel === "index") return { kind: "index_race" }; // R4
  if (result.eventLevel === "finals") return { kind: "finals_race" };
  if (!result.inQualificationPeriod) return { kind: "outside_period" }; // R8
  if (!result.qualifiesForFinals) return { kind: "not_qualifier" }; // R11
  if (result.status !== "finisher") return { kind: "not_finisher" };
  const finalsRace = finalsRaceForCategory(result.category);
  if (!finalsRace) return { kind: "not_scored" };
  const raceStatus = status[finalsRace];
  const stored: QualificationReason[] = raceStatus.reasons.flatMap((r) => {
    if (!("resultId" in r) || String(r.resultId) !== String(result.resultId)) return [];
    const { raceName: _raceName, eventName: _eventName, date: _date, resultId: _resultId, ...reason } = r;
    return [reason];
  });
  const podiumPlaces = edition.podiumPlaces[result.eventLevel];
  const threshold = edition.scoreThresholds[sex][result.category];
  const place = result.finisherPlaceBySex;
  // R9 / R10 on the result itself: a place moved by an approved change (R14) keeps saying what it did.
  const derived: QualificationReason[] = [];
  if (place !== null && place <= podiumPlaces) derived.push({ kind: "podium", place, podiumPlaces, level: result.eventLevel });
  if (result.utmbScore !== null && result.utmbScore >= threshold) derived.push({ kind: "score", score: result.utmbScore, threshold });
  const reasons = stored.length > 0 ? stored : derived;
  if (reasons.length > 0) return { kind: "qualifies", finalsRace, reasons, movedTo: raceStatus.movedTo?.finalsRace ?? null };
  return { kind: "short", finalsRace, place, podiumPlaces, score: result.utmbScore, threshold };
}
