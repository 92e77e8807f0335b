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

const LABEL = /^(\d{2}-\d{2}|85\+)\s*([WFM])$/i;

/**
 * Reads an age-group label from a result file: "20-34M", "35-39W", "18-19M", "85+W"
 * (W = women; F also accepted). Returns `null` for anything that is not a known group.
 */
export function parseAgeGroupLabel(label: string): { group: AgeGroup; sex: Sex } | null {
  const m = LABEL.exec(label.trim());
  if (!m) return null;
  const group = m[1] as AgeGroup;
  if (!(AGE_GROUPS as readonly string[]).includes(group)) return null;
  const sex: Sex = m[2]?.toUpperCase() === "M" ? "M" : "F";
  return { group, sex };
}

/** The label used in result files and on screen: "35-39W", "20-34M". */
export function ageGroupLabel(group: AgeGroup, sex: Sex): string {
  return `${group}${sex === "F" ? "W" : "M"}`;
}
