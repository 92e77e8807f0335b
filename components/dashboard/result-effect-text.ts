import type { ResultEffect } from "@/lib/domain/result-effect";
import type { Sex } from "@/lib/domain/types";
import { formatScore, ordinal } from "@/lib/labels";

const SEX_ONE: Record<Sex, string> = { F: "woman", M: "man" };

/** What a result does, in a few words: "qualifies for CCC (2nd woman)", "20K: never qualifies directly (R7)". */
export function resultEffectText(effect: ResultEffect, sex: Sex, qualificationYear: number): string {
  switch (effect.kind) {
    case "qualifies": {
      const why = effect.reasons.map((r) =>
        r.kind === "podium"
          ? `${ordinal(r.place)} ${SEX_ONE[sex]}`
          : r.kind === "score"
            ? `score ${formatScore(r.score)} ≥ ${r.threshold}`
            : `${ordinal(r.placeInAgeGroup)} in ${r.ageGroup}`,
      );
      const moved = effect.movedTo ? `; moved to ${effect.movedTo}` : "";
      return `Qualifies for ${effect.finalsRace} (${why.join(", ")})${moved}`;
    }
    case "short": {
      const parts = [
        effect.place !== null ? `${ordinal(effect.place)} ${SEX_ONE[sex]}, top ${effect.podiumPlaces} qualify` : null,
        effect.score !== null ? `score ${formatScore(effect.score)}, ${effect.threshold} needed` : null,
      ].filter(Boolean);
      return `Does not qualify for ${effect.finalsRace}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`;
    }
    case "twenty_k":
      return "20K: never qualifies directly (R7)";
    case "not_scored":
      return "Under 20 km-effort: not scored";
    case "index_race":
      return "Index race: counts for the index, not for the Finals (R4)";
    case "finals_race":
      return "A Finals race: counts for the index";
    case "outside_period":
      return `Outside your period (the ${qualificationYear} races qualify)`;
    case "not_qualifier":
      return "Not this event's Finals qualifier for its category (R11)";
    case "not_finisher":
      return "Not a finish: qualifies for nothing";
  }
}
