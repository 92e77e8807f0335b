/**
 * A layout of results file (live-results export, canonical CSV, ITRA, UltraSignup): which header is
 * its own, and how one row reads into the portal's terms. The parser (parse.ts) does the rest.
 */
import type { AgeGroup } from "@/lib/domain/age-group";
import { r12AgeGroup } from "@/lib/domain/age-group";
import type { ResultStatus, Sex } from "@/lib/domain/types";
import type { RowReader } from "./row-reader";
import type { LayoutName, ParsedRow } from "./types";

/** R12's reference (age in the race's calendar year) read backwards: the birth year of an age. */
export function birthYearOf(age: number | null, raceYear: number | null): number | null {
  return age !== null && raceYear !== null ? raceYear - age : null;
}

/**
 * The row in the portal's terms, or null when its sex is neither F nor M: then it is told to
 * `context.unsexed` (R9 ranks women and men; the parser decides whether leaving it out is safe).
 */
export function sexedRow(
  r: RowReader,
  context: RowContext,
  sexText: string,
  row: Omit<ParsedRow, "line" | "sex"> & { sex: Sex | null },
): ParsedRow | null {
  if (row.sex === null) {
    context.unsexed({ line: r.line, bib: row.bib, sexText, status: row.status, placeOverall: row.placeOverall, timeSeconds: row.timeSeconds });
    return null;
  }
  // No copy: one object per row of a large file is enough.
  const sexed = row as ParsedRow;
  sexed.line = r.line;
  return sexed;
}

/** A row the rules cannot rank: its sex is neither woman nor man (R9 ranks women and men). */
export interface UnsexedRow {
  line: number;
  bib: string;
  sexText: string;
  status: ResultStatus;
  placeOverall: number | null;
  timeSeconds: number | null;
}

export interface RowContext {
  /** The race's calendar year (R12's age reference), when known. */
  raceYear: number | null;
  /** Called for a row left out because its sex is not F or M. */
  unsexed(row: UnsexedRow): void;
}

export interface ResultsLayout {
  name: LayoutName;
  /** True when a header (column names lower-cased, spaces folded) is this layout's. */
  matches(columns: readonly string[]): boolean;
  /** Columns that must be there. */
  required: readonly string[];
  /** Every column the layout reads; others are told in a warning and not read. */
  known: readonly string[];
  /** One row; null when it is left out (its problems are already reported). */
  readRow(r: RowReader, context: RowContext): ParsedRow | null;
  /** A one-line description for error messages. */
  describe: string;
}

/** Column names as layouts see them: lower case, trimmed, inner spaces folded, no byte-order mark. */
export function columnName(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");
}

/** Sex from the letters providers use: H/M/Men/Male, F/W/Women/Female; null for anything else. */
export function sexFromText(text: string): Sex | null {
  const t = text.trim().toLowerCase();
  if (["h", "m", "male", "man", "men", "homme", "hommes"].includes(t)) return "M";
  if (["f", "w", "female", "woman", "women", "femme", "femmes"].includes(t)) return "F";
  return null;
}

/**
 * R12 band of a row from its age-group label and age (lib/domain/age-group), with a warning where
 * the label could not say it alone. The label's sex letter decides nothing (the sex column does).
 */
export function ageGroupOfRow(r: RowReader, column: string, age: number | null, sex: Sex | null): AgeGroup | null {
  const label = r.text(column);
  const { group, source } = r12AgeGroup(label || null, age);
  const key = `${column}:${label}`;
  if (source === "age-unknown-label") r.warn(column, `${column} "${label}" names no ages: the R12 age group comes from the runner's age`, key);
  else if (source === "age-outside-label") r.warn(column, `${column} "${label}" spans several R12 age groups and the age is outside it: the nearest group is used`, key);
  else if (source === "none" && label) r.warn(column, `${column} "${label}" is not one R12 age group and the row has no age: no age group`, key);
  if (label && sex) {
    const letter = /^(.*?)\s*([MWFH])$/i.exec(label)?.[2]?.toUpperCase();
    const labelSex = letter === "M" || letter === "H" ? "M" : letter === "W" || letter === "F" ? "F" : null;
    if (labelSex && labelSex !== sex && /\d/.test(label)) {
      r.warn(column, `${column} "${label}" does not match the row's sex: the sex column decides`, `${key}:sex`);
    }
  }
  return group;
}
