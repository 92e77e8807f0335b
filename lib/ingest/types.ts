/**
 * A results file in the portal's terms, whatever layout it came in. No database, no framework here.
 */
import type { AgeGroup } from "@/lib/domain/age-group";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { FinalsRace, IsoDate, RaceCategory, ResultStatus, Sex } from "@/lib/domain/types";
import type { ImportError, ImportWarning } from "./problems";

/** The race as the file (or the caller's options) describes it. */
export interface ParsedRace {
  /** null when the file gives none (or "Unknown"). */
  name: string | null;
  distanceKm: number;
  elevationGainM: number;
  elevationLossM: number | null;
  date: IsoDate;
  url: string | null;
}

/** One result row, already in the portal's terms. */
export interface ParsedRow {
  line: number;
  bib: string;
  /** The runner's id at the results provider (UTMB profile number); null when the file has none. */
  externalId: string | null;
  /** The name the id's profile gives (a live export's URL slug, "yuri.yoshizumi"): tells whose id it is when two rows share one. */
  profileName?: string | null;
  name: string;
  sex: Sex;
  birthYear: number | null;
  /** ISO 3166-1 alpha-2, upper case. */
  nationality: string | null;
  age: number | null;
  /** R12 band, without the sex letter, e.g. "20-34". */
  ageGroup: AgeGroup | null;
  status: ResultStatus;
  /** Whole seconds; for a non-finisher the time of the last checkpoint when given; null for a DNS. */
  timeSeconds: number | null;
  placeOverall: number | null;
  placeBySex: number | null;
  placeInAgeGroup: number | null;
  utmbScore: number | null;
  /**
   * The runner's UTMB Index as the file gives it (live exports: the race category's), stored for the R20
   * provisional-score estimate only (never the portal's index, R6). Absent from layouts that have none.
   */
  utmbIndex?: number | null;
}

export type LayoutName = "live" | "canonical" | "itra" | "ultrasignup";

export interface ParsedRaceFile {
  format: LayoutName;
  race: ParsedRace;
  rows: ParsedRow[];
  warnings: ImportWarning[];
}

export type ParseResultsOutcome =
  | ({ ok: true } & ParsedRaceFile)
  /** `tooLarge`: refused for its size alone (HTTP 413), before or while reading it. */
  | { ok: false; errors: ImportError[]; warnings: ImportWarning[]; tooLarge?: boolean };

/** A runner the import made newly qualified for a Finals race (R13), with every reason. */
export interface ImportedQualifier {
  runnerId: number;
  runnerName: string;
  externalId: string | null;
  sex: Sex;
  bib: string;
  editionYear: number;
  finalsRace: FinalsRace;
  raceId: number;
  reasons: QualificationReason[];
}

export interface ImportSummary {
  /** 0 on a dry run. */
  importId: number;
  dryRun: boolean;
  eventId: number;
  eventName: string;
  raceId: number;
  raceName: string;
  category: RaceCategory | null;
  /** R11: whether the race qualifies for the Finals after the import. */
  finalsQualifier: boolean;
  partial: boolean;
  /** R20: the race's results are final after the import. */
  resultsFinal: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  runnersCreated: number;
  runnersUpdated: number;
  newlyQualified: ImportedQualifier[];
  warnings: ImportWarning[];
}
