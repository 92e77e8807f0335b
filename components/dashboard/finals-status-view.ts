/**
 * R13 and R20: one card per Finals race, as plain text built on the server (see view-model.ts for why):
 * qualified with every reason, moved by a change of category, too close to call, or not qualified yet with
 * what came closest and what is still possible.
 */
import type { DashboardResult } from "@/lib/domain/runner-dashboard";
import { isProvisionallyQualified, isProvisionalReason, provisionalFinalsStatus } from "@/lib/domain/provisional-status";
import type { ConstantBasis } from "@/lib/domain/provisional-score";
import type { FinalsRaceStatus, StatusReason } from "@/lib/domain/qualification";
import { FINALS_RACES, type FinalsEditionConfig, type FinalsRace, type IsoDate, type Sex } from "@/lib/domain/types";
import { formatDay } from "@/lib/format/dates";
import { theRace, type Words } from "@/lib/i18n/words";
import { formatScore } from "@/lib/format/labels";

export interface FinalsStatusView {
  finalsRace: FinalsRace;
  /** "CCC · 100K" */
  title: string;
  qualified: boolean;
  /** R20: qualified only by places of results not final yet. */
  provisional: boolean;
  /** R14: the runner's place moved to another race by an approved change: "Moved to UTMB". */
  moved: string | null;
  /** R20: not qualified, but a provisional score's range straddles the threshold: "Too close to call". */
  tooClose: boolean;
  /** Qualified: every reason. Not qualified: what came closest, then what is still possible. */
  lines: string[];
}

const FINALS_RACE_TITLE: Record<FinalsRace, string> = { OCC: "OCC · 50K", CCC: "CCC · 100K", UTMB: "UTMB · 100M" };

export function reasonText(reason: StatusReason, sex: Sex, w: Words): string {
  const { t, locale } = w;
  switch (reason.kind) {
    case "podium":
    case "score":
    case "age_group": {
      const where = { event: reason.eventName, race: reason.raceName, date: formatDay(reason.date, locale) };
      if (reason.kind === "podium") {
        const values = { ...where, place: t("labels.ordinal", { n: reason.place }), sex, podium: reason.podiumPlaces };
        return reason.level === "major" ? t("dashboard.reason.podiumMajor", values) : t("dashboard.reason.podiumEvent", values);
      }
      return reason.kind === "score"
        ? t("dashboard.reason.score", { ...where, score: formatScore(reason.score), threshold: reason.threshold })
        : t("dashboard.reason.ageGroup", { ...where, place: t("labels.ordinal", { n: reason.placeInAgeGroup }), group: reason.ageGroup });
    }
    case "extension":
      return t("dashboard.reason.extension");
    case "deferral":
      return t("dashboard.reason.deferral");
    case "category_change":
      if (!reason.fromFinalsRace) return t("dashboard.reason.categoryChange");
      return reason.decidedOn
        ? t("dashboard.reason.categoryChangeFromOn", { from: theRace(w, reason.fromFinalsRace), date: formatDay(reason.decidedOn, locale) })
        : t("dashboard.reason.categoryChangeFrom", { from: theRace(w, reason.fromFinalsRace) });
  }
}

function notQualifiedLines(
  status: FinalsRaceStatus,
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "podiumPlaces">,
  today: IsoDate,
  { t, locale }: Words,
): string[] {
  const lines: string[] = [];
  const { bestPlace, bestScore } = status.closest ?? { bestPlace: null, bestScore: null };
  if (bestPlace) {
    lines.push(
      t("dashboard.closest.bestPlace", { place: t("labels.ordinal", { n: bestPlace.place }), event: bestPlace.eventName, race: bestPlace.raceName, podium: bestPlace.podiumPlaces }),
    );
  }
  if (bestScore) {
    lines.push(
      t("dashboard.closest.bestScore", {
        score: formatScore(bestScore.score),
        event: bestScore.eventName,
        race: bestScore.raceName,
        gap: Math.ceil(bestScore.gap),
        threshold: status.threshold,
      }),
    );
  }
  if (!bestPlace && !bestScore) lines.push(t("dashboard.closest.noResult", { category: status.category }));
  const end = formatDay(edition.qualificationEnd, locale);
  lines.push(
    today <= edition.qualificationEnd
      ? t("dashboard.closest.stillPossible", {
          date: end,
          event: edition.podiumPlaces.event,
          major: edition.podiumPlaces.major,
          threshold: status.threshold,
          category: status.category,
        })
      : t("dashboard.closest.periodEnded", { year: edition.year, date: end }),
  );
  return lines;
}

/** What the finish-line status (R20) needs of a result: the race, the place so far, the provisional score. */
type FinishLineInput = Pick<DashboardResult, "resultId" | "resultsFinal"> &
  Partial<Pick<DashboardResult, "eventName" | "raceName" | "eventLevel" | "category" | "date" | "qualifiesForFinals" | "status" | "finisherPlaceBySex" | "provisionalScore">>;

type ScoreStatus = NonNullable<ReturnType<typeof provisionalFinalsStatus>> & { where: string };

/**
 * R20, R10: per Finals race, the best finish-line status a provisional score gives (provisionally qualified
 * when its whole range is at or above the threshold, else too close to call when it straddles it). Only
 * finishers without a published score; stored qualifications (places, published scores) come first.
 */
function provisionalScoreStatuses(
  results: readonly FinishLineInput[],
  sex: Sex,
  edition: Partial<FinalsEditionConfig>,
  { t, locale }: Words,
): Map<FinalsRace, ScoreStatus> {
  const out = new Map<FinalsRace, ScoreStatus>();
  if (!edition.scoreThresholds || !edition.qualificationStart) return out;
  for (const r of results) {
    const p = r.provisionalScore;
    if (!p || r.status !== "finisher" || !r.eventLevel || !r.date) continue;
    const found = provisionalFinalsStatus(
      { sex, placeBySex: null, score: { score: p.score, low: p.low, high: p.high, status: "provisional", basis: p.basis as ConstantBasis } },
      { eventLevel: r.eventLevel, category: r.category ?? null, date: r.date, qualifiesForFinals: r.qualifiesForFinals ?? true, resultsFinal: r.resultsFinal },
      edition as FinalsEditionConfig,
    );
    if (!found || (found.status !== "provisionally_qualified" && found.status !== "too_close_to_call")) continue;
    const current = out.get(found.finalsRace);
    if (!current || (current.status === "too_close_to_call" && found.status === "provisionally_qualified")) {
      out.set(found.finalsRace, { ...found, where: t("dashboard.where", { event: r.eventName ?? "", race: r.raceName ?? "", date: formatDay(r.date, locale) }) });
    }
  }
  return out;
}

/** R20: "≈ 801 (provisional, 780–822)". */
export function provisionalRange(p: { score: number | null; low: number | null; high: number | null }, { t }: Words): string {
  const none = t("common.none");
  return t("dashboard.provisionalRange", { score: p.score ?? none, low: p.low ?? none, high: p.high ?? none });
}

function provisionalScoreView(race: FinalsRace, s: ScoreStatus, w: Words): FinalsStatusView {
  const values = { range: provisionalRange(s, w), where: s.where, threshold: s.threshold };
  const qualified = s.status === "provisionally_qualified";
  return {
    finalsRace: race,
    title: FINALS_RACE_TITLE[race],
    qualified,
    provisional: qualified,
    moved: null,
    tooClose: !qualified,
    lines: [qualified ? w.t("dashboard.finishLine.qualified", values) : w.t("dashboard.finishLine.tooClose", values)],
  };
}

/**
 * R13: the runner's status for OCC, CCC and UTMB, in that order (the dashboard puts the qualified ones
 * first); R20: reasons from results not final are provisional.
 */
export function finalsStatusViews(
  status: Record<FinalsRace, FinalsRaceStatus>,
  sex: Sex,
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "podiumPlaces"> & Partial<FinalsEditionConfig>,
  today: IsoDate,
  results: readonly FinishLineInput[],
  w: Words,
): FinalsStatusView[] {
  const { t, locale } = w;
  const notFinal = new Set<string | number>(results.filter((r) => !r.resultsFinal).map((r) => r.resultId));
  const finishLine = provisionalScoreStatuses(results, sex, edition, w);
  return FINALS_RACES.map((race) => {
    const raceStatus = status[race];
    const byScore = raceStatus.status === "qualified" || raceStatus.movedTo ? null : finishLine.get(race);
    if (byScore) return provisionalScoreView(race, byScore, w);
    const qualified = raceStatus.status === "qualified";
    const move = raceStatus.movedTo;
    const moved = !move
      ? null
      : move.decidedOn
        ? t("dashboard.movedOn", { race: theRace(w, move.finalsRace), date: formatDay(move.decidedOn, locale) })
        : t("dashboard.moved", { race: theRace(w, move.finalsRace) });
    return {
      finalsRace: race,
      title: FINALS_RACE_TITLE[race],
      qualified,
      provisional: isProvisionallyQualified(raceStatus, notFinal),
      moved,
      tooClose: false,
      lines: qualified
        ? raceStatus.reasons.map((reason) =>
            isProvisionalReason(reason, notFinal) ? `${reasonText(reason, sex, w)} ${t("dashboard.provisionalNote")}` : reasonText(reason, sex, w),
          )
        : move
          ? [t("dashboard.movedLine", { race: theRace(w, move.finalsRace) })]
          : notQualifiedLines(raceStatus, edition, today, w),
    };
  });
}
