/**
 * What the dashboard's repeated parts show, as plain text: the Finals status cards (R13), the index
 * entries (R6) and the result rows. The server builds these and the cards, index and results components
 * only lay them out. Why: those components are client components, so their props travel to the browser as
 * compact data instead of as a tree of React elements, which is what made the dashboard cost twice the
 * server time of the home page (README, performance). Being text, they carry nothing the page does not
 * show, and they render the same on the server and in the browser.
 */
import type { DashboardResult } from "@/lib/domain/runner-dashboard";
import { isProvisionallyQualified, isProvisionalReason, provisionalFinalsStatus } from "@/lib/domain/provisional-status";
import type { ConstantBasis } from "@/lib/domain/provisional-score";
import type { FinalsRaceStatus, StatusReason } from "@/lib/domain/qualification";
import { resultEffect } from "@/lib/domain/result-effect";
import { resultEffectText } from "./result-effect-text";
import { FINALS_RACES, RACE_CATEGORIES, type FinalsEditionConfig, type FinalsRace, type IsoDate, type Sex } from "@/lib/domain/types";
import type { UtmbIndex } from "@/lib/domain/utmb-index";
import { formatDate, formatDuration, formatScore, LEVEL_LABEL, ordinal, SEX_LABEL, STATUS_LABEL } from "@/lib/labels";

// ---------------------------------------------------------------------------------------------------
// R13: one card per Finals race

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

export function reasonText(reason: StatusReason, sex: Sex): string {
  switch (reason.kind) {
    case "podium":
      return `${ordinal(reason.place)} of the ${SEX_LABEL[sex]} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): the top ${reason.podiumPlaces} at a World Series ${reason.level === "major" ? "Major" : "Event"} qualify.`;
    case "score":
      return `UTMB Score ${formatScore(reason.score)} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): at or above the threshold of ${reason.threshold}.`;
    case "age_group":
      return `${ordinal(reason.placeInAgeGroup)} in age group ${reason.ageGroup} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): an age-group place at a Major.`;
    case "extension":
      return "Qualified in the extended period granted after an injury (until June 30).";
    case "deferral":
      return "Priority deferred from last year's Finals after an injury.";
    case "category_change":
      return `Change of category approved by the elite team.${reason.fromFinalsRace ? ` Moved from ${reason.fromFinalsRace}${reason.decidedOn ? ` on ${formatDate(reason.decidedOn)}` : ""}.` : ""}`;
  }
}

function notQualifiedLines(
  status: FinalsRaceStatus,
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "podiumPlaces">,
  today: IsoDate,
): string[] {
  const lines: string[] = [];
  const { bestPlace, bestScore } = status.closest ?? { bestPlace: null, bestScore: null };
  if (bestPlace) {
    lines.push(`Best place: ${ordinal(bestPlace.place)} at ${bestPlace.eventName}, ${bestPlace.raceName} (top ${bestPlace.podiumPlaces} qualify).`);
  }
  if (bestScore) {
    lines.push(
      `Best score: ${formatScore(bestScore.score)} at ${bestScore.eventName}, ${bestScore.raceName}: ${Math.ceil(bestScore.gap)} points below the threshold of ${status.threshold}.`,
    );
  }
  if (!bestPlace && !bestScore) {
    lines.push(`No ${status.category} result at a World Series Event or Major in the qualification period.`);
  }
  lines.push(
    today <= edition.qualificationEnd
      ? `Still possible until ${formatDate(edition.qualificationEnd)}: a top ${edition.podiumPlaces.event} at an Event, a top ${edition.podiumPlaces.major} at a Major, or a UTMB Score of ${status.threshold} or more in a ${status.category} race.`
      : `The qualification period for the ${edition.year} Finals ended on ${formatDate(edition.qualificationEnd)}.`,
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
function provisionalScoreStatuses(results: readonly FinishLineInput[], sex: Sex, edition: Partial<FinalsEditionConfig>): Map<FinalsRace, ScoreStatus> {
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
      out.set(found.finalsRace, { ...found, where: `${r.eventName ?? ""}, ${r.raceName ?? ""} (${formatDate(r.date)})` });
    }
  }
  return out;
}

function provisionalScoreView(race: FinalsRace, s: ScoreStatus): FinalsStatusView {
  const range = `≈ ${s.score} (provisional, ${s.low}–${s.high})`;
  return s.status === "provisionally_qualified"
    ? {
        finalsRace: race,
        title: FINALS_RACE_TITLE[race],
        qualified: true,
        provisional: true,
        moved: null,
        tooClose: false,
        lines: [`UTMB Score ${range} at ${s.where}: the whole range is at or above the threshold of ${s.threshold} (R10). Provisional: the score is not published yet (R20).`],
      }
    : {
        finalsRace: race,
        title: FINALS_RACE_TITLE[race],
        qualified: false,
        provisional: false,
        moved: null,
        tooClose: true,
        lines: [`UTMB Score ${range} at ${s.where}, against the threshold of ${s.threshold}: too close to call until the score is published (R20).`],
      };
}

/** R20: what a reason resting on results not final yet says after itself. */
const PROVISIONAL_NOTE = " Provisional: the results are not final yet.";

/**
 * R13: the runner's status for OCC, CCC and UTMB, in that order (the dashboard puts the qualified ones
 * first); R20: reasons from results not final are provisional.
 */
export function finalsStatusViews(
  status: Record<FinalsRace, FinalsRaceStatus>,
  sex: Sex,
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "podiumPlaces"> & Partial<FinalsEditionConfig>,
  today: IsoDate,
  results: readonly FinishLineInput[] = [],
): FinalsStatusView[] {
  const notFinal = new Set<string | number>(results.filter((r) => !r.resultsFinal).map((r) => r.resultId));
  const finishLine = provisionalScoreStatuses(results, sex, edition);
  return FINALS_RACES.map((race) => {
    const raceStatus = status[race];
    const byScore = raceStatus.status === "qualified" || raceStatus.movedTo ? null : finishLine.get(race);
    if (byScore) return provisionalScoreView(race, byScore);
    const qualified = raceStatus.status === "qualified";
    const move = raceStatus.movedTo;
    const moved = move ? `Moved to ${move.finalsRace}${move.decidedOn ? ` (change of category approved ${formatDate(move.decidedOn)})` : ""}` : null;
    return {
      finalsRace: race,
      title: FINALS_RACE_TITLE[race],
      qualified,
      provisional: isProvisionallyQualified(raceStatus, notFinal),
      moved,
      tooClose: false,
      lines: qualified
        ? raceStatus.reasons.map((reason) => reasonText(reason, sex) + (isProvisionalReason(reason, notFinal) ? PROVISIONAL_NOTE : ""))
        : move
          ? [`Your place moved to ${move.finalsRace} with the approved change of category (R14).`]
          : notQualifiedLines(raceStatus, edition, today),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// R6: the general index and one per category

export interface IndexEntryView {
  /** "General", "20K", ... */
  label: string;
  /** The index, or "—" without one. */
  value: string;
  /** R6: no counted score from the validity window. */
  expired: boolean;
  /** "from 3 results", or null without an index. */
  basis: string | null;
}

export function indexEntryViews(index: UtmbIndex): IndexEntryView[] {
  return [
    { label: "General", value: index.general },
    ...RACE_CATEGORIES.map((category) => ({ label: category, value: index.byCategory[category] })),
  ].map(({ label, value }) => {
    const counted = value?.countedResultIds.length ?? 0;
    return {
      label,
      value: value ? String(value.value) : "—",
      expired: value ? !value.valid : false,
      basis: value ? `from ${counted} result${counted === 1 ? "" : "s"}` : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Results, newest first

/** What a result row needs from a dashboard result. */
export type ResultForView = Omit<DashboardResult, "raceId" | "finisherPlaceBySex" | "qualifiesForFinals"> &
  Partial<Pick<DashboardResult, "finisherPlaceBySex" | "qualifiesForFinals">>;

export interface ResultRowView {
  resultId: number;
  date: string;
  /** "Event — race" */
  race: string;
  level: string;
  /** "100K · 110 km, 4,540 m D+ · 155.4 km-effort" */
  category: string;
  /** Finish time, or the status (did not finish...). */
  time: string;
  place: string;
  score: string;
  /** R6: "General, 100K" when the result counts toward those indexes, else null. */
  countsToward: string | null;
  /** What the result does for the coming Finals (R7-R12), or R8 inside the period or not. */
  period: string;
}

/** The facts that let each row say what its result does (the runner's own dashboard). */
export interface ResultEffectContext {
  status: Record<FinalsRace, FinalsRaceStatus>;
  edition: Pick<FinalsEditionConfig, "podiumPlaces" | "scoreThresholds">;
  sex: Sex;
}

/** Result id -> the indexes it counts toward ("General", "100K"). */
function countedInIndexes(index: UtmbIndex): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const add = (ids: (string | number)[] | undefined, label: string) => {
    for (const id of ids ?? []) map.set(Number(id), [...(map.get(Number(id)) ?? []), label]);
  };
  add(index.general?.countedResultIds, "General");
  for (const category of RACE_CATEGORIES) add(index.byCategory[category]?.countedResultIds, category);
  return map;
}

function place(value: number | null): string {
  return value === null ? "—" : ordinal(value);
}

const thousands = new Intl.NumberFormat("en-GB");

export function resultRowViews(
  results: readonly ResultForView[],
  index: UtmbIndex,
  qualificationYear: number,
  effects?: ResultEffectContext,
): ResultRowView[] {
  const countedIn = countedInIndexes(index);
  return results.map((r) => {
    const ageGroup = r.ageGroup ? `, ${place(r.placeInAgeGroup)} in ${r.ageGroup}` : "";
    return {
      resultId: r.resultId,
      date: formatDate(r.date),
      race: `${r.eventName} — ${r.raceName}`,
      level: LEVEL_LABEL[r.eventLevel],
      category: `${r.category ?? "Not scored"} · ${thousands.format(r.distanceKm)}\u00a0km, ${thousands.format(r.elevationGainM)}\u00a0m D+ · ${r.kmEffort}\u00a0km-effort`,
      time: r.status === "finisher" ? formatDuration(r.timeSeconds) : STATUS_LABEL[r.status],
      place: `${place(r.placeOverall)} overall, ${place(r.placeBySex)} by sex${ageGroup}${r.resultsFinal ? "" : " (provisional: results not final)"}`,
      // R20: a provisional score is labelled and shown with its range; it never counts toward the index (R6).
      score: r.provisionalScore
        ? `≈ ${r.provisionalScore.score} (provisional, ${r.provisionalScore.low}–${r.provisionalScore.high})`
        : formatScore(r.utmbScore),
      countsToward: countedIn.get(r.resultId)?.join(", ") ?? null,
      period: effects
        ? resultEffectText(
            resultEffect({ ...r, finisherPlaceBySex: r.finisherPlaceBySex ?? null, qualifiesForFinals: r.qualifiesForFinals ?? true }, effects.status, effects.edition, effects.sex),
            effects.sex,
            qualificationYear,
          )
        : r.inQualificationPeriod
          ? `In the ${qualificationYear} period`
          : "Outside the period",
    };
  });
}
