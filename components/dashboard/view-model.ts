/**
 * What the dashboard's repeated parts show, as plain text: the index entries (R6) and the result rows
 * (the Finals status cards are in finals-status-view.ts). The server builds these and the cards, index and results components
 * only lay them out. Why: those components are client components, so their props travel to the browser as
 * compact data instead of as a tree of React elements, which is what made the dashboard cost twice the
 * server time of the home page (README, performance). Being text, they carry nothing the page does not
 * show, and they render the same on the server and in the browser.
 */
import type { DashboardResult } from "@/lib/domain/runner-dashboard";
import type { FinalsRaceStatus } from "@/lib/domain/qualification";
import { resultEffect } from "@/lib/domain/result-effect";
import { RACE_CATEGORIES, type FinalsEditionConfig, type FinalsRace, type Sex } from "@/lib/domain/types";
import type { IndexWeights, UtmbIndex } from "@/lib/domain/utmb-index";
import { formatDay } from "@/lib/format/dates";
import { numberText, type Words } from "@/lib/i18n/words";
import { formatDuration, formatScore } from "@/lib/format/labels";
import { provisionalRange } from "./finals-status-view";
import { resultEffectText } from "./result-effect-text";

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

export function indexEntryViews(index: UtmbIndex, { t }: Words): IndexEntryView[] {
  return [
    { label: t("dashboard.index.general"), value: index.general },
    ...RACE_CATEGORIES.map((category) => ({ label: category, value: index.byCategory[category] })),
  ].map(({ label, value }) => ({
    label,
    value: value ? String(value.value) : t("common.none"),
    expired: value ? !value.valid : false,
    basis: value ? t("dashboard.index.basis", { count: value.countedResultIds.length }) : null,
  }));
}

/** R6: how the index is computed, from its constants. */
export function indexExplanationLines(weights: IndexWeights, { t }: Words): string[] {
  const n = weights.rankWeights.length;
  const percent = (x: number) => t("dashboard.index.percent", { value: x });
  const penalties = weights.fewResultsPenalty
    .slice(0, n)
    .map((m, i) => (m >= 1 ? t("dashboard.index.noPenalty", { count: i + 1 }) : t("dashboard.index.penalty", { count: i + 1, penalty: percent(1 - m) })));
  return [
    t("dashboard.index.average", { count: n, months: weights.windowMonths }),
    t("dashboard.index.rankWeights", {
      weights: weights.rankWeights.map((x, i) => (i === 0 ? t("dashboard.index.bestWeight", { weight: percent(x) }) : `${t("labels.ordinal", { n: i + 1 })} ${percent(x)}`)).join(", "),
    }),
    t("dashboard.index.recency", { months: weights.recencyDiscount.olderThanMonths, weight: percent(weights.recencyDiscount.factor) }),
    t("dashboard.index.fewResults", { penalties: penalties.join(t("runnerWords.semicolon")) }),
    t("dashboard.index.bestOf", { count: n }),
    t("dashboard.index.validity", { months: weights.validityMonths }),
    t("dashboard.index.categories"),
  ];
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
function countedInIndexes(index: UtmbIndex, general: string): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const add = (ids: (string | number)[] | undefined, label: string) => {
    for (const id of ids ?? []) map.set(Number(id), [...(map.get(Number(id)) ?? []), label]);
  };
  add(index.general?.countedResultIds, general);
  for (const category of RACE_CATEGORIES) add(index.byCategory[category]?.countedResultIds, category);
  return map;
}

export function resultRowViews(
  results: readonly ResultForView[],
  index: UtmbIndex,
  qualificationYear: number,
  w: Words,
  effects?: ResultEffectContext,
): ResultRowView[] {
  const { t, locale } = w;
  const countedIn = countedInIndexes(index, t("dashboard.index.general"));
  const place = (value: number | null) => (value === null ? t("common.none") : t("labels.ordinal", { n: value }));
  return results.map((r) => {
    const places = { overall: place(r.placeOverall), bySex: place(r.placeBySex) };
    const placeText = r.ageGroup
      ? t("results.row.placeWithAgeGroup", { ...places, ageGroupPlace: place(r.placeInAgeGroup), group: r.ageGroup })
      : t("results.row.place", places);
    return {
      resultId: r.resultId,
      date: formatDay(r.date, locale),
      race: `${r.eventName} — ${r.raceName}`,
      level: t(`labels.level.${r.eventLevel}`),
      category: t("results.row.category", {
        category: r.category ?? t("results.row.notScored"),
        distance: numberText(locale, r.distanceKm),
        gain: numberText(locale, r.elevationGainM),
        effort: numberText(locale, r.kmEffort),
      }),
      time: r.status === "finisher" ? formatDuration(r.timeSeconds) : t(`labels.resultStatus.${r.status}`),
      place: r.resultsFinal ? placeText : t("results.row.placeProvisional", { place: placeText }),
      // R20: a provisional score is labelled and shown with its range; it never counts toward the index (R6).
      score: r.provisionalScore ? provisionalRange(r.provisionalScore, w) : formatScore(r.utmbScore),
      countsToward: countedIn.get(r.resultId)?.join(", ") ?? null,
      period: effects
        ? resultEffectText(
            resultEffect({ ...r, finisherPlaceBySex: r.finisherPlaceBySex ?? null, qualifiesForFinals: r.qualifiesForFinals ?? true }, effects.status, effects.edition, effects.sex),
            effects.sex,
            qualificationYear,
            w,
          )
        : r.inQualificationPeriod
          ? t("results.row.inPeriod", { year: qualificationYear })
          : t("results.row.outsidePeriod"),
    };
  });
}
