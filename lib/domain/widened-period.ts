/**
 * R18 (and the engine's widened period): the stored qualifications (recompute) cover the R8 period of each
 * edition. A runner granted the Top Elite period may also qualify by a result dated after that period and
 * within the widened one; such a result is judged here from the runner's own result: podium by place
 * among finishers (R9) and score (R10), the same rules as evaluateRace. Age-group places (R12) need the
 * whole field and are not derived.
 */
import { finalsRaceForCategory, isFinalsCategory } from "./km-effort";
import type { RaceQualificationWithRace, QualificationReason, StatusResult } from "./qualification";
import type { FinalsEditionConfig, Sex } from "./types";

/**
 * The qualifications of the runner's results dated after `stored.qualificationEnd` and within
 * `widened`'s period (R7 level and category, R11 flag, R9 podium, R10 score).
 */
export function widenedQualifications(
  results: readonly StatusResult[],
  sex: Sex,
  stored: Pick<FinalsEditionConfig, "qualificationEnd">,
  widened: Pick<FinalsEditionConfig, "qualificationStart" | "qualificationEnd" | "podiumPlaces" | "scoreThresholds">,
  runnerId: string | number,
): RaceQualificationWithRace[] {
  const out: RaceQualificationWithRace[] = [];
  for (const r of results) {
    const level = r.eventLevel;
    if (r.date <= stored.qualificationEnd || r.date > widened.qualificationEnd) continue;
    // R7: Events and Majors, 50K to 100M, to the Finals race of the category; R11: the event's qualifier.
    if ((level !== "event" && level !== "major") || !isFinalsCategory(r.category) || r.qualifiesForFinals === false) continue;
    if (r.status !== "finisher") continue;
    const finalsRace = finalsRaceForCategory(r.category);
    if (!finalsRace) continue;
    const reasons: QualificationReason[] = [];
    const podiumPlaces = widened.podiumPlaces[level];
    const place = r.placeBySexAmongFinishers;
    if (place !== null && place <= podiumPlaces) reasons.push({ kind: "podium", place, podiumPlaces, level });
    const threshold = widened.scoreThresholds[sex][r.category];
    if (r.utmbScore !== null && Number.isFinite(r.utmbScore) && r.utmbScore >= threshold) {
      reasons.push({ kind: "score", score: r.utmbScore, threshold });
    }
    if (reasons.length > 0) {
      out.push({ runnerId, resultId: r.resultId, finalsRace, reasons, raceName: r.raceName, eventName: r.eventName, date: r.date });
    }
  }
  return out;
}
