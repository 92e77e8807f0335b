/**
 * R18 Top Elite: who may ask for the 18-month qualification period, and that period. Thresholds are the
 * edition's configuration (`FinalsEditionConfig.topElite`), never literals here.
 */
import type { UtmbIndex } from "./utmb-index";
import type { FinalsCategory, FinalsEditionConfig, FinalsRace, IsoDate, Sex } from "./types";
import { FINALS_CATEGORIES } from "./types";

/** A result at the Finals themselves (UTMB Mont-Blanc), by sex among finishers. */
export interface FinalsPlace {
  finalsRace: FinalsRace;
  placeBySex: number;
  date: IsoDate;
}

/** What makes the runner Top Elite: one entry per threshold reached. */
export type TopEliteBasis =
  | { kind: "general_index"; value: number; threshold: number }
  | { kind: "category_index"; category: FinalsCategory; value: number; threshold: number }
  | { kind: "finals_place"; finalsRace: FinalsRace; place: number; topPlaces: number; date: IsoDate };

export interface TopEliteStatus {
  reached: boolean;
  bases: TopEliteBasis[];
  /** R18: the period a granted request gives: January of the year before to June of the Finals year. */
  period: { start: IsoDate; end: IsoDate };
}

/** R18: the widened qualification period of an edition. */
export function topElitePeriod(edition: Pick<FinalsEditionConfig, "qualificationStart" | "topElite">): { start: IsoDate; end: IsoDate } {
  return { start: edition.qualificationStart, end: edition.topElite.periodEnd };
}

/**
 * R18: the edition's config with the Top Elite period in place of the R8 one, for a runner whose request
 * was approved: the qualification engine then judges every date against the widened period.
 */
export function withTopElitePeriod(edition: FinalsEditionConfig): FinalsEditionConfig {
  const { start, end } = topElitePeriod(edition);
  return { ...edition, qualificationStart: start, qualificationEnd: end > edition.qualificationEnd ? end : edition.qualificationEnd };
}

/**
 * R18: is the runner Top Elite for the edition? A valid General Index or category index (R6) at or above
 * the edition's thresholds, or a top place at a Finals race of the last Finals (the year before the edition).
 */
export function topEliteStatus(
  input: { sex: Sex; index: UtmbIndex; finalsPlaces: readonly FinalsPlace[] },
  edition: Pick<FinalsEditionConfig, "year" | "qualificationStart" | "topElite">,
): TopEliteStatus {
  const config = edition.topElite;
  const bases: TopEliteBasis[] = [];
  const general = input.index.general;
  if (general?.valid && general.value >= config.generalIndex[input.sex]) {
    bases.push({ kind: "general_index", value: general.value, threshold: config.generalIndex[input.sex] });
  }
  for (const category of FINALS_CATEGORIES) {
    const value = input.index.byCategory[category];
    const threshold = config.categoryIndex[input.sex][category];
    if (value?.valid && value.value >= threshold) bases.push({ kind: "category_index", category, value: value.value, threshold });
  }
  const lastFinals = String(edition.year - 1);
  for (const p of input.finalsPlaces) {
    if (p.date.startsWith(lastFinals) && p.placeBySex >= 1 && p.placeBySex <= config.finalsTopPlaces) {
      bases.push({ kind: "finals_place", finalsRace: p.finalsRace, place: p.placeBySex, topPlaces: config.finalsTopPlaces, date: p.date });
    }
  }
  return { reached: bases.length > 0, bases, period: topElitePeriod(edition) };
}
