import type { ResultEffect } from "@/lib/domain/result-effect";
import type { Sex } from "@/lib/domain/types";
import { theRace, type Words } from "@/lib/i18n/words";
import { formatScore } from "@/lib/format/labels";

/** What a result does, in a few words: "qualifies for CCC (2nd woman)", "20K: never qualifies directly (R7)". */
export function resultEffectText(effect: ResultEffect, sex: Sex, qualificationYear: number, w: Words): string {
  const { t } = w;
  const place = (n: number) => t("labels.ordinal", { n });
  switch (effect.kind) {
    case "qualifies": {
      const why = effect.reasons
        .map((r) =>
          r.kind === "podium"
            ? t("results.effect.podium", { place: place(r.place), sex })
            : r.kind === "score"
              ? t("results.effect.score", { score: formatScore(r.score), threshold: r.threshold })
              : t("results.effect.ageGroup", { place: place(r.placeInAgeGroup), group: r.ageGroup }),
        )
        .join(", ");
      return effect.movedTo
        ? t("results.effect.qualifiesMoved", { race: theRace(w, effect.finalsRace), why, to: theRace(w, effect.movedTo) })
        : t("results.effect.qualifies", { race: theRace(w, effect.finalsRace), why });
    }
    case "short": {
      const parts = [
        effect.place !== null ? t("results.effect.shortPlace", { place: place(effect.place), sex, podium: effect.podiumPlaces }) : null,
        effect.score !== null ? t("results.effect.shortScore", { score: formatScore(effect.score), threshold: effect.threshold }) : null,
      ].filter((part) => part !== null);
      return parts.length > 0
        ? t("results.effect.shortWhy", { race: theRace(w, effect.finalsRace), why: parts.join(t("runnerWords.semicolon")) })
        : t("results.effect.short", { race: theRace(w, effect.finalsRace) });
    }
    case "outside_period":
      return t("results.effect.outsidePeriod", { year: qualificationYear });
    default:
      return t(`results.effect.${effect.kind}`);
  }
}
