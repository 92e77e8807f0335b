/** The reviewer's words for a refusal of the review data layer (R14-R17), in the request's language. */
import type { ReviewFailure } from "@/lib/data/review-access";
import type { Translator } from "@/lib/i18n/messages";

export function reviewFailureText(failure: ReviewFailure, t: Translator): string {
  switch (failure.error) {
    case "forbidden":
      return t(failure.needs === "admin" ? "eliteActions.refusal.quota-forbidden" : "eliteActions.refusal.forbidden");
    case "not-found": {
      const q = failure.quota;
      return q?.finalsRace
        ? t("eliteActions.refusal.quota-unknown", { race: q.finalsRace, sex: t(`labels.sex.${q.sex}`), year: q.editionYear })
        : t("eliteActions.refusal.not-found");
    }
    case "reason-required":
      return t("eliteActions.reasonRequired");
    case "not-open":
      if (failure.status === "withdrawn") return t("eliteActions.refusal.withdrawn");
      if (failure.status === "approved" || failure.status === "rejected") return t("eliteActions.refusal.decided", { status: failure.status });
      return t("eliteActions.refusal.not-open", { status: failure.status });
    case "no-bib-left": {
      const q = failure.quota;
      if (!q) return t("eliteActions.refusal.quota-full");
      if (!q.finalsRace) return t("eliteActions.refusal.no-race");
      const sex = t(`labels.sex.${q.sex}`);
      return q.bibs === null
        ? t("eliteActions.refusal.no-quota", { race: q.finalsRace, sex, year: q.editionYear })
        : t("eliteActions.refusal.no-bib-left", { race: q.finalsRace, sex, bibs: q.bibs });
    }
    case "below-used": {
      const q = failure.quota;
      if (!q?.finalsRace) return t("eliteActions.refusal.quota-invalid");
      return t("eliteActions.refusal.below-used", { race: q.finalsRace, sex: t(`labels.sex.${q.sex}`), used: q.bibsUsed });
    }
  }
}
