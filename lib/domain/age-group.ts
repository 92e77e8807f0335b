/**
 * R12 age groups: 20-34, then 5-year bands 35-39 ... 80-84, then 85+, by sex. Real result files also
 * carry an "18-19" group, kept as a group of its own.
 */
import { yearOf } from "./iso-date";
import type { IsoDate, Sex } from "./types";

/** R12: every age group, youngest first. */
export const AGE_GROUPS = [
  "18-19", "20-34", "35-39", "40-44", "45-49", "50-54", "55-59",
  "60-64", "65-69", "70-74", "75-79", "80-84", "85+",
] as const;

export type AgeGroup = (typeof AGE_GROUPS)[number];

/** R12: the age group of an age (in the race year), or `null` under 18 (no elite group). */
export function ageGroupFor(age: number): AgeGroup | null {
  if (!Number.isFinite(age) || age < 18) return null;
  const a = Math.floor(age);
  if (a <= 19) return "18-19";
  if (a <= 34) return "20-34";
  if (a >= 85) return "85+";
  const low = a - (a % 5);
  return `${low}-${low + 4}` as AgeGroup;
}

/** R12: age in the race's calendar year (our reference date: birthdays within the year do not matter). */
export function ageInRaceYear(birthYear: number, raceDate: IsoDate): number {
  return yearOf(raceDate) - birthYear;
}

/** An age range read from a label: `high` null when open-ended ("80+", "M40"). */
export interface AgeRange {
  low: number;
  high: number | null;
}

const RANGE_FORMS: readonly [RegExp, (m: RegExpExecArray) => AgeRange][] = [
  [/^(\d{1,2})\s*[-–]\s*(\d{1,2})$/, (m) => ({ low: Number(m[1]), high: Number(m[2]) })], // 20-34
  [/^(\d{1,2})\s*\+$/, (m) => ({ low: Number(m[1]), high: null })], // 80+
  [/^(?:U|SUB|UNDER|<)\s*(\d{1,2})$/, (m) => ({ low: 0, high: Number(m[1]) - 1 })], // U20, SUB20
  [/^(?:≤|<=)\s*(\d{1,2})$/, (m) => ({ low: 0, high: Number(m[1]) })], // ≤ 34
  [/^(?:O|OVER|>=|≥)\s*(\d{1,2})\+?$/, (m) => ({ low: Number(m[1]), high: null })], // O40
  [/^[MWFHV](\d{2})\+?$/, (m) => ({ low: Number(m[1]), high: null })], // M40, W50+, V40 (upper edge unknown)
];

function rangeOf(core: string): AgeRange | null {
  for (const [form, read] of RANGE_FORMS) {
    const m = form.exec(core);
    if (m) {
      const range = read(m);
      return range.high === null || range.high >= range.low ? range : null;
    }
  }
  return null;
}

/**
 * R12: reads the age range of an organiser's age-group label, whatever its spelling: "20-34M",
 * "80+ M", "U18 W", "SUB20M", "M 45-49", "M40", "O40 M", "≤ 34 F". The sex letter, when there is one,
 * is returned apart (the row's sex column decides). `range` is null for names with no ages in them
 * ("SE M", "Veterans", "Open").
 */
export function readAgeGroupLabel(label: string): { range: AgeRange | null; sex: Sex | null } {
  const text = label.normalize("NFKC").trim().toUpperCase();
  const sexOf = (letter: string | undefined): Sex | null => (letter === "M" || letter === "H" ? "M" : letter === "W" || letter === "F" ? "F" : null);
  const trailing = /^(.+?)\s*([MWFH])$/.exec(text);
  if (trailing?.[1]) {
    const range = rangeOf(trailing[1].trim());
    if (range) return { range, sex: sexOf(trailing[2]) };
  }
  const leading = /^([MWFH])\s+(.+)$/.exec(text);
  if (leading?.[2]) {
    const range = rangeOf(leading[2].trim());
    if (range) return { range, sex: sexOf(leading[1]) };
  }
  const whole = rangeOf(text);
  if (whole) return { range: whole, sex: null };
  return { range: null, sex: sexOf(trailing?.[2] ?? leading?.[1]) };
}

/** R12 bands an age range touches (ages under 18 have no band). */
function bandsOf(range: AgeRange): AgeGroup[] {
  const out = new Set<AgeGroup>();
  const high = Math.min(range.high ?? 120, 120);
  for (let age = Math.max(range.low, 18); age <= high; age++) {
    const group = ageGroupFor(age);
    if (group) out.add(group);
  }
  return [...out];
}

/** How the R12 band of a row was found, for the import's warnings. */
export type AgeGroupSource =
  | "age" // the age, inside the label's range (or no label)
  | "label" // the label names one band (its age is outside it, or missing)
  | "age-outside-label" // the label spans several bands and the age is outside it: the nearest age in it
  | "age-unknown-label" // the label names no ages: from the age
  | "none"; // nothing to go on

/**
 * R12: the age-group band of a result row from the organiser's label and the runner's age. The label
 * wins when it names exactly one band (real files give the age on the day the file was made, not in the
 * race year); within a label that spans several bands ("80+", "M40", "18-39") the age picks the band.
 * Under 18 there is no band (null).
 */
export function r12AgeGroup(label: string | null, age: number | null): { group: AgeGroup | null; source: AgeGroupSource } {
  const hasAge = age !== null && Number.isFinite(age);
  const range = label ? readAgeGroupLabel(label).range : null;
  if (!range) return hasAge ? { group: ageGroupFor(age), source: label ? "age-unknown-label" : "age" } : { group: null, source: "none" };
  const inside = hasAge && age >= range.low && (range.high === null || age <= range.high);
  if (inside) return { group: ageGroupFor(age), source: "age" };
  if (range.high !== null && range.high < 18) return { group: null, source: "label" };
  const bands = bandsOf(range);
  if (bands.length === 1) return { group: bands[0] ?? null, source: "label" };
  if (!hasAge) return { group: null, source: "none" };
  const nearest = Math.max(range.low, Math.min(age, range.high ?? age));
  return { group: ageGroupFor(nearest), source: "age-outside-label" };
}

/** The label used in result files and on screen: "35-39W", "20-34M". */
export function ageGroupLabel(group: AgeGroup, sex: Sex): string {
  return `${group}${sex === "F" ? "W" : "M"}`;
}
