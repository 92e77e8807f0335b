import type { useTranslations } from "next-intl";
import type { QualificationReason } from "@/lib/domain/qualification";

/** A translator of the "admin.reasons" namespace, from useTranslations or getTranslations. */
export type ReasonTranslator = ReturnType<typeof useTranslations<"admin.reasons">>;

/** "podium: 2nd (top 3 at an Event)", "score 862 >= 850", "age group 40-44: 3rd", in the page's language. */
export function reasonText(t: ReasonTranslator, reason: QualificationReason): string {
  switch (reason.kind) {
    case "podium":
      return t("podium", { place: reason.place, podiumPlaces: reason.podiumPlaces, level: reason.level });
    case "score":
      return t("score", { score: reason.score, threshold: reason.threshold });
    case "age_group":
      return t("ageGroup", { ageGroup: reason.ageGroup, place: reason.placeInAgeGroup });
  }
}
